package io.github.vanban.core.recognize.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject (trích yếu) of a header: the lines after the title line, or a Công văn's {@code V/v
 * ...} lines, up to where the body starts: a blank or rule line, a body opening ({@code Căn cứ},
 * {@code Kính gửi}...), a line ending in a colon or a sentence run into the next, the motto, an
 * authority line ({@code ỦY BAN NHÂN DÂN ...}) or a change of case (an upper-case subject followed
 * by running text, or the reverse). A plan's subject may itself open with {@code Thực hiện} ({@code
 * KẾ HOẠCH / Thực hiện Nghị quyết số ...}); a {@code V/v} subject the extractor cut by the right
 * column goes on after the place-and-date line. Stateless and thread-safe.
 */
final class SubjectBlock {

  /** The most lines a subject spans. */
  private static final int MAX_LINES = 6;

  /** The longest line read as part of a subject. */
  private static final int MAX_LINE = 250;

  /**
   * The longest subject a Word paragraph or a PDF's joined lines give as one line ({@code Bãi bỏ
   * Quyết định số 19/2019/QĐ-UBND ngày ... và Quyết định số ...}): read as a subject only when it
   * reads as one, with no sentence run into another and no closing full stop, colon or semicolon.
   */
  private static final int MAX_PARAGRAPH = 600;

  /** The end of running text: a full stop, colon or semicolon closing the line. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.:;]\\s*$");

  /** The end of a subject line that the next line must go on with. */
  private static final Pattern UNFINISHED_SUBJECT =
      Pattern.compile(
          "(?:[,\\-–(&]|(?<![\\p{L}])(?:của|và|cho|về|tại|theo|trên|với|đối với|thuộc|trong|"
              + "giai đoạn|năm|đến|các|những|một số|số))$",
          Pattern.UNICODE_CASE);

  private static final Pattern BODY_START =
      Pattern.compile(
          "^[-+*•\\s]{0,12}(?:Căn cứ|Xét|Kính gửi|Thực hiện|Theo|Trên cơ sở|Để|Nơi nhận|Điều 1|(?-i:Ngày) [0-9]{1,2}(?=[\\s/])|QUYẾT NGHỊ|QUYẾT"
              + " ĐỊNH:|Số:?\\s|Phần|[IVX]{1,4}\\.|[0-9]{1,2}\\.)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The line naming who issues, between the title and the subject of Party and older texts ({@code
   * THÔNG BÁO / CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH / về ...}, {@code CHỈ THỊ / CỦA BAN BÍ THƯ}): not
   * part of the subject.
   */
  private static final Pattern BY_LINE = Pattern.compile("^CỦA\\s+\\p{Lu}");

  /**
   * The period line under an upper-case report subject, written in lower case ({@code BÁO CÁO CÔNG
   * TÁC PHÒNG, CHỐNG THAM NHŨNG / Tháng 11 năm 2012}, {@code 6 tháng đầu năm 2024}, {@code Quý I
   * năm 2025}): a short line naming a month, quarter, half or year and ending on the year.
   */
  private static final Pattern PERIOD_LINE =
      Pattern.compile(
          "^\\(?(?:Tháng|Quý|Năm|Giai đoạn|Nhiệm kỳ|[0-9]{1,2} tháng)(?![\\p{L}])[^.:;]{0,40}"
              + "(?:19|20)[0-9]{2}\\)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Three upper-case words inside running text: an authority line an OCR joined to the subject. */
  private static final Pattern CAPITALS_RUN =
      Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){2,}(?![\\p{L}])");

  /** A body opening that may also open a subject, on the subject's first line only. */
  private static final Pattern SUBJECT_OPENING =
      Pattern.compile("^Thực hiện(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A sentence ending inside the line and the next beginning: running text, not a subject. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[\\p{Ll}\\d]{2,}\\.\\s+\\p{Lu}");

  /** The right column's place-and-date line ({@code Quảng Ninh, ngày 05 tháng 6 năm 2025}). */
  private static final Pattern PLACE_DATE =
      Pattern.compile(
          "^[^,]{2,40},\\s*ngày\\s+\\S+\\s+tháng\\s+\\S+\\s+năm\\s+\\S+\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A wrapped line: it goes on from the line before, in lower case or with a figure. */
  private static final Pattern CONTINUATION = Pattern.compile("^[\\p{Ll}\\d]");

  /** A line holding only a document number and what closes it ({@code 335/2025/NĐ-CP.}). */
  private static final Pattern WRAPPED_NUMBER =
      Pattern.compile("^[0-9]{1,6}(?:/[0-9]{4})?[/-][\\p{L}0-9&/.-]{2,30}[.;,)]?\\s*$");

  /** A full stop closing the subject's last line: punctuation of the page, not of the subject. */
  private static final Pattern TRAILING_STOP = Pattern.compile("(?<=[\\p{L}0-9)])\\.$");

  /**
   * {@code V/v} as an OCR reads it: {@code V/o}, {@code V / v}, {@code VIv}, or, its strokes run
   * together, {@code W} or {@code ⁄w}; none of these is a Vietnamese word.
   */
  private static final String OCR_MARK = "V\\s?/\\s?[vo]|V[Il|][vo]|W|[⁄/]w";

  private static final Pattern OCR_LETTER_MARK =
      Pattern.compile("^(?:" + OCR_MARK + ")(?![\\p{L}])");

  private static final Pattern LETTER_SUBJECT =
      Pattern.compile(
          "^(?:" + OCR_MARK + "|Về việc)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A {@code V/v} or {@code Về việc} subject that an OCR put on the number line of the left column
   * ({@code Số: 61 /SKH-TH V/v Báo cáo tình hình ...}), the place-and-date line of the right column
   * between them or not ({@code Số 1185 /SNV-VP Bắc Giang, ngày 21 tháng 11 năm 2012 V/v ...}).
   */
  private static final Pattern JOINED_LETTER_MARK =
      Pattern.compile(
          "^Số.{1,80}?\\s(" + OCR_MARK + "|Về việc)(?![\\p{L}])\\s+\\p{L}", Pattern.UNICODE_CASE);

  private SubjectBlock() {}

  /**
   * Returns {@code lines} with a {@code V/v} subject joined to a number line among the first {@code
   * limit} set on a line of its own after it, as the page writes it ({@link
   * HeaderLines#breakingAt}); {@code lines} itself when there is none.
   */
  static HeaderLines separateJoinedLetterSubject(HeaderLines lines, int limit) {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      HeaderLine line = lines.get(i);
      Matcher m = JOINED_LETTER_MARK.matcher(line.text());
      if (m.find()) {
        return lines.breakingAt(line.span().start() + m.start(1));
      }
    }
    return lines;
  }

  /** Returns the index of the first {@code V/v} line among the first {@code limit}, or -1. */
  static int letterSubjectLine(List<HeaderLine> lines, int limit) {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      if (LETTER_SUBJECT.matcher(lines.get(i).text()).find()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads the subject starting at line {@code first}, skipping blank and rule lines before it.
   *
   * @return the lines joined by single spaces, or {@code null} when there is none
   */
  static String read(List<HeaderLine> lines, int first) {
    List<String> parts = new ArrayList<>();
    readLines(lines, first, parts);
    return joined(parts);
  }

  /**
   * Reads a Công văn's {@code V/v} subject starting at line {@code first}; when the right column
   * (motto, place and date) interrupts it, its lower-case continuation lines after the date line
   * are part of it.
   *
   * @return the lines joined by single spaces, or {@code null} when there is none
   */
  static String readLetter(List<HeaderLine> lines, int first) {
    String subject = readLetterLines(lines, first);
    return subject == null ? null : OCR_LETTER_MARK.matcher(subject).replaceFirst("V/v");
  }

  private static String readLetterLines(List<HeaderLine> lines, int first) {
    List<String> parts = new ArrayList<>();
    int stop = readLines(lines, first, parts);
    if (!parts.isEmpty() && stop < lines.size() && lines.get(stop).isMotto()) {
      int i = afterRightColumn(lines, stop);
      for (; i < lines.size() && parts.size() < MAX_LINES; i++) {
        HeaderLine line = lines.get(i);
        if (!CONTINUATION.matcher(line.text()).find() || endsSubject(line, false, false)) {
          break;
        }
        parts.add(line.text());
      }
    }
    return joined(parts);
  }

  /** The index of the first line from {@code i} on that is neither blank nor a rule. */
  private static int skipBlank(List<HeaderLine> lines, int i) {
    int k = i;
    while (k < lines.size() && (lines.get(k).isBlank() || lines.get(k).isDecoration())) {
      k++;
    }
    return k;
  }

  /** Reads subject lines into {@code parts} and returns the index of the line that ended them. */
  private static int readLines(List<HeaderLine> lines, int first, List<String> parts) {
    int i = skipBlank(lines, first);
    if (i < lines.size()
        && lines.get(i).isUpperCase()
        && BY_LINE.matcher(lines.get(i).upper()).find()) {
      i = skipBlank(lines, i + 1);
    }
    boolean upper = i < lines.size() && lines.get(i).isUpperCase();
    for (; i < lines.size() && parts.size() < MAX_LINES; i++) {
      HeaderLine line = lines.get(i);
      if (endsSubject(line, upper, parts.isEmpty())
          && !continuesSubject(line, upper, nextLine(lines, i))) {
        return i;
      }
      if (!upper && !parts.isEmpty() && bodySentence(line.text(), parts.get(parts.size() - 1))) {
        return i;
      }
      String text = line.withoutMotto();
      Matcher caps = CAPITALS_RUN.matcher(text);
      if (!upper && caps.find()) {
        parts.add(text.substring(0, caps.start()));
        return i;
      }
      parts.add(text);
    }
    return i;
  }

  /**
   * Whether a line after the subject's first is the body's first sentence, not more of the subject:
   * it opens with a capital and closes with a full stop or a colon ({@code Năm 2024, GRDP tăng
   * 7%.}, {@code Tỉnh ủy ban hành nghị quyết.}), and the subject before it does not end on a word
   * that needs more ({@code của}, {@code và}, a comma).
   */
  private static boolean bodySentence(String line, String previous) {
    String t = line.strip();
    if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return (last == '.' || last == ':') && !UNFINISHED_SUBJECT.matcher(previous.strip()).find();
  }

  /** Skips the motto lines at {@code motto} and the place-and-date line under them, if any. */
  private static int afterRightColumn(List<HeaderLine> lines, int motto) {
    int i = motto;
    while (i < lines.size() && (lines.get(i).isMotto() || lines.get(i).isDecoration())) {
      i++;
    }
    return i < lines.size() && PLACE_DATE.matcher(lines.get(i).text().strip()).matches()
        ? i + 1
        : i;
  }

  private static String joined(List<String> parts) {
    String subject =
        TRAILING_STOP
            .matcher(String.join(" ", parts).replaceAll("\\s+", " ").strip())
            .replaceFirst("");
    return subject.isEmpty() ? null : subject;
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** The next non-blank line after {@code i}, or {@code null}. */
  private static HeaderLine nextLine(List<HeaderLine> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k);
      }
    }
    return null;
  }

  /**
   * A line that looks like an end but goes on with the subject: a wrapped number in a lower-case
   * subject ({@code ... theo Nghị định số} / {@code 335/2025/NĐ-CP.}), whose capitals are a code's;
   * the {@linkplain #PERIOD_LINE period line} under an upper-case subject; or, in an upper-case
   * subject, a line opening with a body's name ({@code HỘI ĐỒNG NHÂN DÂN CẤP TỈNH ...}) when the
   * authority line proper still follows it.
   */
  private static boolean continuesSubject(HeaderLine line, boolean upperSubject, HeaderLine next) {
    String text = line.text();
    if (!upperSubject) {
      return WRAPPED_NUMBER.matcher(text).matches();
    }
    if (PERIOD_LINE.matcher(text.strip()).matches() && !line.isUpperCase()) {
      return true;
    }
    return AuthorityLine.AUTHORITY.matcher(line.upper()).find()
        && next != null
        && next.isUpperCase()
        && AuthorityLine.AUTHORITY.matcher(next.upper()).find();
  }

  /**
   * Whether a line is too long for a subject: longer than {@link #MAX_LINE}, unless it is a whole
   * subject paragraph of at most {@link #MAX_PARAGRAPH} characters.
   */
  private static boolean tooLong(String text) {
    String t = text.strip();
    return t.length() > MAX_LINE
        && (t.length() > MAX_PARAGRAPH
            || SENTENCE_END.matcher(t).find()
            || SENTENCE_BREAK.matcher(t).find());
  }

  private static boolean endsSubject(HeaderLine line, boolean upperSubject, boolean first) {
    String text = line.text();
    return line.isBlank()
        || line.isDecoration()
        || line.isMotto()
        || tooLong(text)
        || text.strip().endsWith(":")
        || (!first && SENTENCE_BREAK.matcher(text).find())
        || (BODY_START.matcher(text).find() && !(first && SUBJECT_OPENING.matcher(text).find()))
        || (hasLetters(text) && line.isUpperCase() != upperSubject)
        || (upperSubject && AuthorityLine.AUTHORITY.matcher(line.upper()).find());
  }
}
