package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header's own number from its {@code Số:} line (OCR may read it {@code Sô:} or {@code S6:})
 * (also {@code Luật số:}, {@code Nghị quyết số:} with their colon in laws and Standing Committee
 * resolutions): {@code Số: 205/NQ-HĐND}, {@code Số: 644 /TTXT-ĐTDN}, {@code Số 05-NQ/TU}, {@code
 * Số: 11/2025/NQ-HĐND}, a draft's {@code Số: /KH-UBND} (blank serial), and a serial stamped apart
 * from its code ({@code Số: 16} with {@code /2025/QĐ-UBND} on a later line). A serial that does not
 * read cleanly (OCR noise {@code #6}, a stamp {@code †§}, a handwritten serial read as letters or
 * broken by a slash, {@code AAS /BC-KCN}, {@code 2/24 /QĐ-UBND}) gives a {@code null} number rather
 * than a guessed one; the code is still read. An OCR line that joined the motto of the right column
 * before the number ({@code Độc lập - Tự do - Hạnh phúc Số: 335/2025/NĐ-CP Hà Nội, ngày ...}) is
 * read after the motto. Immutable and thread-safe.
 *
 * @param number canonical number without spaces, type in official capitalisation; {@code null} for
 *     a blank serial
 * @param typeCode the type abbreviation when the number has a known one, else {@code null}
 * @param issuerCode the code after the type, or the whole code when there is no type
 * @param span where the number as written stands (serial to code, or the code of a draft)
 */
record NumberLine(String number, String typeCode, String issuerCode, TextSpan span) {

  /** How many non-blank lines after a lone {@code Số:} or serial its code may stand. */
  private static final int CODE_LOOKAHEAD = 4;

  private static final String CODE =
      "[\\p{L}0-9&.()]{1,20}(?:\\s{0,2}[-/]\\s{0,2}[\\p{L}0-9&.()]{1,20}){0,3}";

  private static final Pattern LINE =
      Pattern.compile(
          "^(?:(?:Luật|Pháp lệnh|Lệnh|Nghị quyết|Nghị định|Quyết định)\\s{1,3}số\\s{0,3}:|Số\\s{0,3}:?|S[ôỗóồ6]\\s{0,3}:)\\s{0,40}(?:(?<serial>[0-9]{1,6}+(?:[a-f](?=\\s{0,2}[/-]))?+)(?![^\\s/.…_-])|(?<noise>(?!-\\s{0,2}\\p{L})[^\\s/\\p{L}](?:(?!-\\p{L})[^\\s/]){0,5}))?[\\s.…_]{0,60}"
              + "(?<code>(?:/\\s{0,2}[0-9]{4}\\s{0,2})?[/-]\\s{0,2}(?=\\p{L})"
              + CODE
              + ")?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LONE_CODE =
      Pattern.compile("^((?:/\\s{0,2}[0-9]{4}\\s{0,2})?[/-]\\s{0,2}(?=\\p{L})" + CODE + ")");

  /** {@code Số:} as OCR misreads it: {@code Sô:}, {@code Só:}, {@code S6:}, with its colon. */
  private static final Pattern OCR_SO =
      Pattern.compile("S[ôỗóồ6]\\s{0,3}:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The code of a {@code Số} line whose serial an OCR garbled beyond the shapes {@link #LINE} reads
   * ({@code Số: AAS /BC-KCN}, {@code Số: 2/24 /QĐ-UBND}, {@code Số A4ŸF /SNV-VP}, {@code Số: Êđẫ
   * /HC-CNHC}): at most ten characters without a lower-case letter, or one word of at most four,
   * then a slash and a code opening with two capitals.
   */
  private static final Pattern GARBLED_SERIAL =
      Pattern.compile(
          "^(?:Số|SỐ|S[ôỗóồ6])\\s{0,3}:?(?:[^\\p{Ll}]{0,10}?\\s?|\\s{0,3}\\S{1,4}\\s{1,3})(?<code>/\\s{0,2}(?:[0-9]{4}\\s{0,2}/\\s{0,2})?"
              + "\\p{Lu}{2}[\\p{L}0-9&.()]{0,18}(?:\\s{0,2}[-/]\\s{0,2}[\\p{L}0-9&.()]{1,20}){0,3})"
              + "(?![\\p{L}0-9])");

  /**
   * Slashes an OCR reads where a handwritten serial meets its code (fraction slash, division slash:
   * {@code 298/STTTT} read {@code 22⁄STTTT}): read as the slash, but the serial before them is not
   * trusted.
   */
  private static final Pattern SLASH_LOOKALIKE = Pattern.compile("[\\u2044\\u2215]");

  /** Finds the number line among {@code lines}, searching the first {@code limit}. */
  static Optional<NumberLine> find(List<HeaderLine> lines, int limit) {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      HeaderLine line = lines.get(i).afterLeadingMotto();
      String written = line.text();
      String text = SLASH_LOOKALIKE.matcher(written).replaceAll("/");
      Matcher m = LINE.matcher(text);
      if (m.lookingAt() && (startsWithSo(text) || isWholeLine(text, m))) {
        Optional<NumberLine> parsed = parse(lines, i, line, m);
        if (parsed.isPresent()) {
          return text.equals(written) ? parsed : parsed.map(NumberLine::withoutSerial);
        }
      }
      Optional<NumberLine> garbled = garbledSerial(line, text);
      if (garbled.isPresent()) {
        return garbled;
      }
    }
    return Optional.empty();
  }

  /** This number line with its serial not read: a {@code null} number, the code kept. */
  private NumberLine withoutSerial() {
    return new NumberLine(null, typeCode, issuerCode, span);
  }

  /** The code of a line whose serial does not read, without a serial; empty for another line. */
  private static Optional<NumberLine> garbledSerial(HeaderLine line, String text) {
    Matcher m = GARBLED_SERIAL.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int offset = line.span().start();
    return Optional.of(
        of(null, m.group("code"), new TextSpan(offset + m.start("code"), offset + m.end("code"))));
  }

  private static boolean startsWithSo(String line) {
    return line.regionMatches(true, 0, "Số", 0, 2) || OCR_SO.matcher(line).lookingAt();
  }

  /**
   * A number led by a type name ({@code Nghị quyết số: 114/2025/UBTVQH15}) is the header's only
   * when nothing follows it on the line: in the body the same words cite another document.
   */
  private static boolean isWholeLine(String line, Matcher m) {
    return m.group("code") != null && line.substring(m.end()).isBlank();
  }

  private static Optional<NumberLine> parse(
      List<HeaderLine> lines, int index, HeaderLine line, Matcher m) {
    int offset = line.span().start();
    String serial = m.group("serial");
    String code = m.group("code");
    if (code != null) {
      int start = offset + (serial != null ? m.start("serial") : m.start("code"));
      return Optional.of(of(serial, code, new TextSpan(start, offset + m.end("code"))));
    }
    if (m.group("noise") != null) {
      // An unreadable serial with no code on its line: too little to read as a number.
      return Optional.empty();
    }
    int seen = 0;
    for (int k = index + 1; k < lines.size() && seen < CODE_LOOKAHEAD; k++) {
      HeaderLine next = lines.get(k);
      Matcher lone = LONE_CODE.matcher(next.text());
      if (lone.lookingAt()) {
        TextSpan span =
            serial != null
                ? new TextSpan(offset + m.start("serial"), offset + m.end("serial"))
                : new TextSpan(next.span().start(), next.span().start() + lone.end(1));
        return Optional.of(of(serial, lone.group(1), span));
      }
      seen += next.isBlank() ? 0 : 1;
    }
    return Optional.empty();
  }

  /** A type OCR misread by its look-alikes ({@code OD} for {@code QĐ}), when that names a type. */
  private static Optional<String> ocrRepaired(String written) {
    return written.startsWith("O")
        ? DocumentTitles.canonicalCode("Q" + written.substring(1))
        : Optional.empty();
  }

  /**
   * Splits the code into type and issuer: a Party code {@code -TYPE/ISSUER}, a state code {@code
   * [/YEAR]/TYPE-ISSUER}, or a code without a type ({@code /TTXT-ĐTDN}, {@code /2025/QH15}) whose
   * whole is the issuer's.
   */
  static NumberLine of(String serial, String writtenCode, TextSpan span) {
    String code = writtenCode.replaceAll("\\s+", "");
    String year = code.matches("^/[0-9]{4}/.*") ? code.substring(0, 5) : "";
    char lead = code.charAt(year.length());
    String rest = code.substring(year.length() + 1);
    String[] parts = rest.split(lead == '-' ? "(?=/)" : "(?=[-.(/])", 2);
    Optional<String> type = DocumentTitles.canonicalCode(parts[0]).or(() -> ocrRepaired(parts[0]));
    String tail = parts.length > 1 ? parts[1] : "";
    String issuerCode =
        type.isEmpty() && lead == '/' ? rest : tail.isEmpty() ? null : tail.substring(1);
    String canonical = year + lead + type.orElse(parts[0]) + tail;
    String number = serial == null ? null : serial + canonical;
    return new NumberLine(number, type.orElse(null), issuerCode, span);
  }
}
