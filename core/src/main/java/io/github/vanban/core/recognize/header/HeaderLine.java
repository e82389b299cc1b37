package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a document's text with Markdown emphasis and heading marks blanked out and the
 * surrounding white space trimmed. Blanking keeps offsets: {@code span().start() + i} is where
 * character {@code i} of {@code text} stands in the document. Immutable and thread-safe.
 *
 * @param text the cleaned, trimmed text; empty for a blank line
 * @param span where {@code text} stands in the document
 */
record HeaderLine(String text, TextSpan span) {

  private static final Pattern MARKUP = Pattern.compile("\\*+|\\\\|^\\s*#{1,6}(?=\\s)");

  /** The whole mottos of the right column, removed wherever they stand on a line. */
  private static final Pattern FULL_MOTTO =
      Pattern.compile(
          "CỘNG\\s{1,3}H(?:ÒA|OÀ)\\s{1,3}XÃ\\s{1,3}HỘI\\s{1,3}CHỦ\\s{1,3}NGHĨA\\s{1,3}VIỆT\\s{1,3}NAM"
              + "|ĐỘC\\s{1,3}LẬP\\s{0,3}-\\s{0,3}TỰ\\s{1,3}DO\\s{0,3}-\\s{0,3}HẠNH\\s{1,3}PHÚC"
              + "|ĐẢNG\\s{1,3}CỘNG\\s{1,3}SẢN\\s{1,3}VIỆT\\s{1,3}NAM",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The start of a motto broken over lines; the rest of the line is cut off. */
  private static final Pattern MOTTO_START =
      Pattern.compile(
          "CỘNG\\s{1,3}H(?:ÒA|OÀ)\\s{1,3}XÃ\\s{1,3}HỘI|ĐỘC\\s{1,3}LẬP\\s{0,3}-|ĐẢNG\\s{1,3}CỘNG\\s{1,3}SẢN",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:DỰ THẢO|MẬT|TỐI MẬT|KHẨN|HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|BẢN SAO|SAO Y.*|ĐỀ CƯƠNG)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Splits {@code text} into lines, blank ones kept as empty lines, each cleaned when read. */
  static List<HeaderLine> split(String text) {
    return new HeaderLines(text);
  }

  /** Cleans the line {@code [start, end)} of {@code text}. */
  static HeaderLine clean(String text, int start, int end) {
    if (!hasMarkup(text, start, end)) {
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return new HeaderLine(text.substring(from, to), new TextSpan(from, to));
    }
    return clean(text.substring(start, end), start);
  }

  /** Whether {@code [start, end)} holds a character that {@code MARKUP} can match. */
  private static boolean hasMarkup(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '\\' || c == '#') {
        return true;
      }
    }
    return false;
  }

  private static HeaderLine clean(String raw, int offset) {
    Matcher m = MARKUP.matcher(raw);
    StringBuilder blanked = new StringBuilder(raw);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    int from = 0;
    int to = blanked.length();
    while (from < to && Character.isWhitespace(blanked.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(blanked.charAt(to - 1))) {
      to--;
    }
    return new HeaderLine(blanked.substring(from, to), new TextSpan(offset + from, offset + to));
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** Whether the line has letters and none of them is lower case. */
  boolean isUpperCase() {
    return isUpperCase(text);
  }

  /** Whether {@code text} has letters and none of them is lower case. */
  static boolean isUpperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** Whether the line holds no letter or digit: a rule of dashes, stars or underscores. */
  boolean isDecoration() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line holds nothing but the national or Party motto of the right column. */
  boolean isMotto() {
    return withoutMotto().isEmpty();
  }

  /**
   * Returns the text without the right column's motto, when an extractor put both columns on one
   * line ({@code TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc}, or an OCR line {@code HỘI ĐỒNG NHÂN
   * DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH QUẢNG NINH}): whole mottos are removed, a motto
   * broken off at the line's end is cut, white space is made single.
   */
  String withoutMotto() {
    String rest = FULL_MOTTO.matcher(text).replaceAll(" ");
    Matcher m = MOTTO_START.matcher(rest);
    if (m.find()) {
      rest = rest.substring(0, m.start());
    }
    return rest.replaceAll("\\s+", " ").strip();
  }

  /** Whether the line is a marker such as {@code DỰ THẢO} or {@code KHẨN}. */
  boolean isMarker() {
    return MARKER.matcher(text).matches();
  }

  /** Returns the text in upper case with runs of white space made single spaces. */
  String upper() {
    return upper(text);
  }

  /** Returns {@code text} in upper case with runs of white space made single spaces. */
  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
