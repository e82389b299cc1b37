package io.github.vanban.core.recognize.header;

import io.github.vanban.core.text.OfficialTitles;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signer of a document: a person's name on its own line with an upper-case title above it (a
 * line holding a title word such as {@code CHỦ TỊCH}, {@code GIÁM ĐỐC}, {@code TRƯỞNG}), signature
 * placeholders such as {@code (Đã ký)} between them allowed ({@code CHỦ TỊCH / (Đã ký) / Nguyễn
 * Xuân Ký}), and so is the recipient list a PDF may put there. A rank or degree before the name
 * ({@code Thượng tướng}, {@code PGS.TS.}) is not part of it. The title loses its {@code KT.},
 * {@code TM.}, {@code Q.}, {@code TL.}, {@code TUQ.} prefix. When the body ends with {@code ./.},
 * the first block after it is taken (appendices may follow it), and when an appendix ending with
 * its own {@code ./.} has no signature, the block after the {@code ./.} before it; otherwise the
 * last block of the text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param signer the person's name
 * @param title the signer's title, upper case as written
 */
record SignatureBlock(String signer, String title) {

  /** The most lines skipped between the title and the name, recipients included. */
  private static final int MAX_GAP = 30;

  /** The longest title line. */
  private static final int MAX_TITLE = 60;

  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}{0,7}(?: \\p{Lu}\\p{Ll}{0,7}){1,5}");

  /**
   * A rank or degree written before the signer's name, which is not part of it: an officer's rank
   * ({@code Thượng tướng}, {@code Đại tá}, {@code Thiếu úy}) or academic and honorary titles
   * ({@code PGS.TS.}, {@code TS.}, {@code ThS.}, {@code BS.}, {@code NGƯT.}).
   */
  private static final Pattern RANK =
      Pattern.compile(
          "^(?:(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)\\s+"
              + "|(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BS|BSCKI|BSCKII|DS|KS|KTS|LS|NGND|NGƯT|NSND|NSƯT)"
              + "\\.\\s*)+)");

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "^(?:\\(.{0,40}\\)|\\[.{0,40}\\]|Đã ký|Ký bởi.*|Signed.*|Người ký.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The recipient list ({@code Nơi nhận: / - Như trên; / - Lưu: VT.}) a PDF may put between. */
  private static final Pattern RECIPIENTS =
      Pattern.compile(
          "^(?:-|\\+|Nơi nhận|Lưu\\s*:)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The heading of the recipient list, which an OCR may join to the signer's title. */
  private static final Pattern RECIPIENTS_HEADING =
      Pattern.compile("^Nơi nhận\\s*[:`'.!]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What an OCR reads of specks before a line's first word ({@code '_ Nơi nhận}, {@code ` }). */
  private static final Pattern SPECKS = Pattern.compile("^[\\s'`_=~.,:;|*¬©]+");

  /** Two upper-case words, the least a title has. */
  private static final Pattern UPPER_WORDS =
      Pattern.compile("\\p{Lu}{2,}\\s+\\p{Lu}{2,}", Pattern.UNICODE_CASE);

  /** A name an OCR joined to the end of a recipient's line after its separator. */
  private static final Pattern JOINED_NAME =
      Pattern.compile("[;,]\\s*[-–]?\\s*(\\p{Lu}\\p{Ll}{0,7}(?: \\p{Lu}\\p{Ll}{0,7}){1,5})\\s*$");

  /**
   * What every signer's title holds: an {@linkplain OfficialTitles official title} ({@code CHỦ
   * TỊCH}, {@code PHÓ GIÁM ĐỐC}, {@code BÍ THƯ}), a word that heads or ends the name of an office
   * the list may lack ({@code TRƯỞNG} of {@code HIỆU TRƯỞNG}, {@code PHÓ}, {@code TỔNG}, {@code
   * CHÁNH} of {@code CHÁNH ÁN}), a lone {@code Y VIÊN} whose {@code Ủ} was lost, or a signing
   * prefix ({@code KT.}, {@code TM.}).
   */
  private static final Pattern TITLE_WORD =
      Pattern.compile(
          "(?:"
              + OfficialTitles.regex()
              + "|TRƯỞNG|PHÓ|TỔNG|CHÁNH|Y VIÊN|^(?:KT|TM|T/M|TL|TUQ|Q)\\.)");

  /** An official title ending the line, after a word boundary. */
  private static final Pattern OWN_TITLE =
      Pattern.compile("(?<=\\s)(" + OfficialTitles.regex() + ")$");

  private static final Pattern PREFIX =
      Pattern.compile("^(?:KT|TM|T/M|K/T|Q|TL|T/L|TUQ)\\.?\\s+", Pattern.CASE_INSENSITIVE);

  private static final Pattern BODY_END = Pattern.compile("\\./\\.\\s*$");

  /** Reads the signature block of {@code lines}, or returns {@code null} when there is none. */
  static SignatureBlock read(List<HeaderLine> lines) {
    boolean ended = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (BODY_END.matcher(lines.get(i).text()).find()) {
        ended = true;
        SignatureBlock block = firstAfter(lines, i + 1);
        if (block != null) {
          return block;
        }
      }
    }
    return ended ? null : lastIn(lines);
  }

  /** The first block after line {@code from}: the signature under the body that ends there. */
  private static SignatureBlock firstAfter(List<HeaderLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      SignatureBlock block = at(lines, i);
      if (block != null) {
        return block;
      }
    }
    return null;
  }

  /** The last block of a text whose body has no {@code ./.} end mark. */
  private static SignatureBlock lastIn(List<HeaderLine> lines) {
    SignatureBlock last = null;
    for (int i = 0; i < lines.size(); i++) {
      SignatureBlock block = at(lines, i);
      last = block != null ? block : last;
    }
    return last;
  }

  /**
   * The title the signer signs with: without its {@code KT.}, {@code TM.} prefix, and, when the
   * prefixed line goes on with the signer's own title ({@code KT. BỘ TRƯỞNG THỨ TRƯỞNG}, {@code TM.
   * ỦY BAN NHÂN DÂN CHỦ TỊCH}, two lines an extractor joined), that last title alone.
   */
  private static String signedTitle(String upper) {
    Matcher prefix = PREFIX.matcher(upper);
    if (!prefix.find()) {
      return upper;
    }
    String title = upper.substring(prefix.end());
    Matcher own = OWN_TITLE.matcher(title);
    return own.find() && own.start() > 0 ? own.group(1) : title;
  }

  /** Returns the block whose name is line {@code i}, or {@code null}. */
  private static SignatureBlock at(List<HeaderLine> lines, int i) {
    String name =
        RANK.matcher(nameCell(rightCell(lines.get(i).text())).replaceAll("\\s+", " "))
            .replaceFirst("");
    if (!NAME.matcher(name).matches()) {
      return null;
    }
    boolean inRecipients = false;
    for (int k = i - 1; k >= Math.max(0, i - 1 - MAX_GAP); k--) {
      String above = SPECKS.matcher(rightCell(lines.get(k).text())).replaceFirst("");
      Matcher heading = RECIPIENTS_HEADING.matcher(above);
      if (heading.find() && isUpperTitle(above.substring(heading.end()))) {
        // An OCR line holding both columns: "Nơi nhận: BỘ TRƯỞNG, CHỦ NHIỆM"; the right column
        // there is the signer's title, however its marks were read.
        String title = SPECKS.matcher(above.substring(heading.end())).replaceFirst("").strip();
        return new SignatureBlock(name, signedTitle(HeaderLine.upper(title)));
      } else if (above.isBlank()
          || PLACEHOLDER.matcher(above).matches()
          || RECIPIENTS.matcher(above).find()) {
        inRecipients |= RECIPIENTS.matcher(above).find();
        continue;
      } else if (inRecipients && !HeaderLine.isUpperCase(above)) {
        // A recipient wrapped onto a line of its own, without its dash.
        continue;
      }
      String upper = HeaderLine.upper(above);
      if (HeaderLine.isUpperCase(above)
          && above.length() <= MAX_TITLE
          && TITLE_WORD.matcher(upper).find()) {
        return new SignatureBlock(name, signedTitle(upper));
      }
      return null;
    }
    return null;
  }

  /**
   * The right cell of a line whose cells a table joined with tabs ({@code - Lưu VT.<TAB>KT. CHỦ
   * TỊCH}): a Word file's recipients stand left of the signature in one table; the whole line when
   * it has no tab.
   */
  /**
   * The name at the end of an OCR line that joined it to a recipient ({@code - Các vị Đại biểu
   * HĐNDTP;, - Nguyễn Ngọc Tuấn}); the line itself otherwise.
   */
  private static String nameCell(String line) {
    Matcher joined = JOINED_NAME.matcher(line);
    return joined.find() ? joined.group(1) : line;
  }

  /** Whether {@code text} holds upper-case words and no lower-case letter: a title as OCR reads. */
  private static boolean isUpperTitle(String text) {
    String title = SPECKS.matcher(text).replaceFirst("").strip();
    return title.length() <= MAX_TITLE
        && HeaderLine.isUpperCase(title)
        && UPPER_WORDS.matcher(title).find();
  }

  private static String rightCell(String line) {
    int tab = line.lastIndexOf('\t');
    return tab < 0 ? line : line.substring(tab + 1).strip();
  }
}
