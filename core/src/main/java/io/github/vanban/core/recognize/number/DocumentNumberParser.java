package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses document numbers in every shape of EXTRACTION.md section 1: state ({@code
 * 205/NQ-HĐND}), legal normative ({@code 13/2023/NQ-HĐND}), Party ({@code 18-NQ/TW}), and the
 * general {@code serial[/year]/CODE} and {@code serial-TYPE/ISSUER} shapes ({@code 295/VP-CTHĐND},
 * {@code 239/TTr-CAT-PC06}, {@code 512/TTr-CAT(PC04)}, {@code 121/2025/QH15}, {@code
 * 522/2002/QĐ.UB}), with drafts' blank serials ({@code Số: /QĐ-UBND}).
 *
 * <p>The canonical number has no spaces, keeps the separators of the shape, and writes type and
 * issuer in their official spelling from {@link DocumentTypes} ({@code TTr}, {@code HĐND}); dash
 * variants become {@code -}, {@code Ð} (U+00D0) becomes {@code Đ}; the serial stays as written.
 * Spaces and one line break may stand around a separator ({@code 06 - NQ/TU}, {@code
 * 13/2023/\nNQ-HĐND}).
 *
 * <p>In running text a code must be upper case (or a known abbreviation such as {@code TTr}), so
 * dates ({@code 10/7/2024}), ratios ({@code 15/15 chỉ tiêu}), units ({@code 23%/năm}) and standards
 * ({@code QCVN 01-1:2008/BYT}) are not numbers. The patterns are linear in the length of the text:
 * every repetition is bounded and possessive. Immutable and thread-safe.
 */
public final class DocumentNumberParser {

  private static final String DASHES = "\\-\\u2010-\\u2015\\u2212";
  private static final String SPACE = "[ \\t\\u00A0]{0,4}+";
  private static final String WRAP = SPACE + "(?:\\n" + SPACE + ")?+";
  private static final String PART = "\\p{Lu}[\\p{L}\\p{N}]{0,15}+";

  /** A join of code parts; OCR may double a dash ({@code QĐ- -TTg}). */
  private static final String JOIN =
      "(?:" + SPACE + "[/" + DASHES + "]" + WRAP + "(?:[" + DASHES + "]" + SPACE + ")?+|[.(&])";

  private static final Pattern NUMBER =
      Pattern.compile(
          // Checked first, a number's first character rejects most positions with one look-up.
          "(?=[0-9S])"
              + "(?:(?<![\\p{L}\\p{N}/_"
              + DASHES
              + "])(?<!\\d[.,:])(?<serial>\\d{1,6}+[a-f]?+)"
              + "|(?<![\\p{L}\\p{N}])(?<blank>Số[ \\t\\u00A0]{0,8}+:?+[ \\t\\u00A0._…]{0,40}+))"
              + "(?:"
              + SPACE
              + "/"
              + WRAP
              + "(?<year>(?:19|20)\\d{2})(?!\\d))?+"
              + SPACE
              + "(?<sep>[/"
              + DASHES
              + "])"
              + WRAP
              + "(?<code>"
              + PART
              + "(?:"
              + JOIN
              + PART
              + "){0,3}+\\)?+)");
  private static final FirstCharacterFinder NUMBERS =
      new FirstCharacterFinder(NUMBER, "0123456789S");
  private static final Pattern SO_PREFIX = Pattern.compile("(?iu)^số\\s*+:?+\\s*+");
  private static final String HEADER_PREFIX = "Số: ";

  /** The letter that may end a serial ({@code 30c/NQ-CP}), upper-cased by {@link #parse}. */
  private static final Pattern SERIAL_LETTER =
      Pattern.compile("(?<=^\\d{1,6})[A-F](?=\\h*+[/\\-])");

  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]++");

  private final DocumentTypes types;

  /** Creates a parser over the standard {@link DocumentTypes} lexicon. */
  public DocumentNumberParser() {
    this(DocumentTypes.standard());
  }

  /**
   * Creates a parser over {@code types}.
   *
   * @param types the type abbreviations and issuer codes the parser recognises
   */
  public DocumentNumberParser(DocumentTypes types) {
    this.types = types;
  }

  /**
   * Returns every document number in {@code text}, in order, with spans into it. The text should be
   * normalised ({@link VietnameseText#normalize(String)}); dash variants and {@code Ð} are accepted
   * anyway. Never throws on strange text: no number is an empty list.
   *
   * @param text the text to scan
   * @return the numbers in text order, with spans into {@code text}
   */
  public List<ParsedNumber> find(CharSequence text) {
    List<ParsedNumber> out = new ArrayList<>();
    Matcher m = NUMBERS.matcher(text);
    int from = 0;
    while (from < text.length() && NUMBERS.find(m, text, from)) {
      Optional<ParsedNumber> parsed = build(text, m);
      parsed.ifPresent(out::add);
      from = parsed.map(p -> p.span().end()).orElse(m.start() + 1);
    }
    return out;
  }

  /**
   * Parses a string that is one document number, in any case and spelling that EXTRACTION.md says
   * matches ({@code 205/nq-hdnd} gives {@code 205/NQ-HĐND}; {@code Số: 06 – NQ/TU} gives {@code
   * 06-NQ/TU}; {@code Số: /QĐ-UBND} gives a draft with a null number). The span points into the
   * normalised, upper-cased input.
   *
   * @param input one document number, with or without the {@code Số:} prefix
   * @return the parsed number, or empty when the string is not exactly one number
   */
  public Optional<ParsedNumber> parse(String input) {
    String s = VietnameseText.normalize(input).text().strip();
    Matcher prefix = SO_PREFIX.matcher(s);
    boolean hasPrefix = prefix.find();
    String head = hasPrefix ? HEADER_PREFIX : "";
    String upper = s.substring(hasPrefix ? prefix.end() : 0).toUpperCase(Locale.ROOT);
    String candidate =
        head + SERIAL_LETTER.matcher(upper).replaceFirst(r -> r.group().toLowerCase(Locale.ROOT));
    return find(candidate).stream()
        .findFirst()
        .filter(p -> p.span().end() == candidate.length())
        .filter(p -> p.serial() == null ? hasPrefix : p.span().start() == head.length());
  }

  private Optional<ParsedNumber> build(CharSequence text, Matcher m) {
    Optional<NumberCode> read = NumberCode.read(text, m.start("code"), m.end("code"), types);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    NumberCode code = read.get();
    boolean party = !m.group("sep").equals("/");
    String serial = group(m, "serial");
    String year = group(m, "year");
    if (!acceptable(code, party, year != null) || serial != null && letterSpaced(text, m)) {
      return Optional.empty();
    }
    String sep = party ? "-" : "/";
    String first = code.parts().get(0);
    Optional<String> type =
        party ? Optional.of(types.canonicalType(first).orElse(first)) : types.canonicalType(first);
    String issuer = code.canonical(type.isPresent() ? 1 : 0, types);
    String body =
        type.map(t -> t + (issuer == null ? "" : code.firstJoin() + issuer)).orElse(issuer);
    String number = serial == null ? null : serial + (year == null ? "" : "/" + year) + sep + body;
    int start = serial == null ? m.end("blank") : m.start("serial");
    TextSpan span = new TextSpan(start, code.end());
    return Optional.of(
        new ParsedNumber(span.of(text), span, number, serial, year, type.orElse(null), issuer));
  }

  /**
   * Returns whether a one-digit serial is the tail of a serial written with spaced digits ({@code
   * Số: 2 9 5 /VP-CTHĐND}): reading {@code 5/VP-CTHĐND} would cite a document that does not exist.
   */
  private static boolean letterSpaced(CharSequence text, Matcher m) {
    int start = m.start("serial");
    return start >= 2
        && m.end("serial") - start == 1
        && text.charAt(start - 1) == ' '
        && Character.isDigit(text.charAt(start - 2));
  }

  /**
   * Returns a group of this match, or {@code null} when it did not take part: Java keeps a group's
   * value from an attempt at an earlier position when an optional group is skipped later.
   */
  private static String group(Matcher m, String name) {
    return m.start(name) >= m.start() ? m.group(name) : null;
  }

  /**
   * Returns whether a code makes a number: a Party number needs a type and an issuer; a lone part
   * must be two letters or a known type, and not a Roman numeral ({@code khóa 15/XV}).
   */
  private boolean acceptable(NumberCode code, boolean party, boolean hasYear) {
    String first = code.parts().get(0);
    if (party) {
      return code.size() >= 2;
    }
    if (first.length() < 2 && types.canonicalType(first).isEmpty()) {
      return false;
    }
    return hasYear || code.size() > 1 || !ROMAN.matcher(first).matches();
  }
}
