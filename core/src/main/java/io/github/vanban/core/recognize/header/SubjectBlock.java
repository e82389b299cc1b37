package io.github.vanban.core.recognize.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject (trích yếu) of a header: the lines after the title line, or a Công văn's {@code V/v
 * ...} lines, up to where the body starts: a blank or rule line, a body opening ({@code Căn cứ},
 * {@code Kính gửi}...), the motto, an authority line ({@code ỦY BAN NHÂN DÂN ...}) or a change of
 * case (an upper-case subject followed by running text, or the reverse). Stateless and thread-safe.
 */
final class SubjectBlock {

  /** The most lines a subject spans. */
  private static final int MAX_LINES = 6;

  /** The longest line read as part of a subject. */
  private static final int MAX_LINE = 250;

  private static final Pattern BODY_START =
      Pattern.compile(
          "^[-+*•\\s]{0,12}(?:Căn cứ|Xét|Kính gửi|Thực hiện|Theo|Trên cơ sở|Để|Nơi nhận|Điều 1|QUYẾT NGHỊ|QUYẾT"
              + " ĐỊNH:|Số:?\\s|Phần|[IVX]{1,4}\\.|[0-9]{1,2}\\.)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern AUTHORITY =
      Pattern.compile(
          "^(?:Ủ?Y BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ"
              + "|VĂN PHÒNG|GIÁM ĐỐC|TRƯỞNG BAN)(?![\\p{L}])");

  /** Three upper-case words inside running text: an authority line an OCR joined to the subject. */
  private static final Pattern CAPITALS_RUN =
      Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){2,}(?![\\p{L}])");

  private static final Pattern LETTER_SUBJECT =
      Pattern.compile(
          "^(?:V/v|Về việc)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private SubjectBlock() {}

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
    int i = first;
    while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).isDecoration())) {
      i++;
    }
    List<String> parts = new ArrayList<>();
    boolean upper = i < lines.size() && lines.get(i).isUpperCase();
    for (; i < lines.size() && parts.size() < MAX_LINES; i++) {
      HeaderLine line = lines.get(i);
      if (endsSubject(line, upper)) {
        break;
      }
      String text = line.withoutMotto();
      Matcher caps = CAPITALS_RUN.matcher(text);
      if (!upper && caps.find()) {
        parts.add(text.substring(0, caps.start()));
        break;
      }
      parts.add(text);
    }
    String subject = String.join(" ", parts).replaceAll("\\s+", " ").strip();
    return subject.isEmpty() ? null : subject;
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean endsSubject(HeaderLine line, boolean upperSubject) {
    String text = line.text();
    return line.isBlank()
        || line.isDecoration()
        || line.isMotto()
        || text.length() > MAX_LINE
        || BODY_START.matcher(text).find()
        || (hasLetters(text) && line.isUpperCase() != upperSubject)
        || (upperSubject && AUTHORITY.matcher(line.upper()).find());
  }
}
