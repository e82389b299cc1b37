package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.text.TonePlacement;
import io.github.vanban.core.text.VietnameseText;
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

  /** Runs of white space, made single spaces; compiled once (the header reads many lines). */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final Pattern MARKUP = Pattern.compile("\\*+|\\\\|^\\s*#{1,6}(?=\\s)");

  /**
   * The whole mottos of the right column, removed wherever they stand on a line; matched without
   * diacritics, as an OCR reads them ({@code CỘNG HÒA XÃ HỌI CHỦ NGHĨA}, {@code Đọc lập}).
   */
  private static final Pattern FULL_MOTTO =
      Pattern.compile(
          "CONG\\s{1,3}HOA\\s{1,3}XA\\s{1,3}HOI\\s{1,3}CHU\\s{1,3}NGHIA\\s{1,3}VIET\\s{1,3}NAM"
              + "|DOC\\s{1,3}LAP\\s{0,3}-\\s{0,3}TU\\s{1,3}DO\\s{0,3}-\\s{0,3}HANH\\s{1,3}PHUC"
              + "|DANG\\s{1,3}CONG\\s{1,3}SAN\\s{1,3}VIET\\s{1,3}NAM",
          Pattern.CASE_INSENSITIVE);

  /**
   * The start of a motto broken over lines, without diacritics; the rest of the line is cut off.
   */
  private static final Pattern MOTTO_START =
      Pattern.compile(
          "CONG\\s{1,3}HOA\\s{1,3}XA\\s{1,3}HOI|DOC\\s{1,3}LAP\\s{0,3}-|DANG\\s{1,3}CONG\\s{1,3}SAN",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:DỰ THẢO|MẬT|TỐI MẬT|KHẨN|"
              + TonePlacement.regex("HỎA TỐC")
              + "|THƯỢNG KHẨN|BẢN SAO|SAO Y.*|ĐỀ CƯƠNG)$",
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
    String folded = VietnameseText.foldDiacritics(text);
    if (folded.length() != text.length()) {
      return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
    StringBuilder rest = new StringBuilder(text);
    Matcher whole = FULL_MOTTO.matcher(folded);
    while (whole.find()) {
      for (int i = whole.start(); i < whole.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher start =
        MOTTO_START.matcher(
            FULL_MOTTO.matcher(folded).replaceAll(m -> " ".repeat(m.group().length())));
    if (start.find()) {
      rest.setLength(start.start());
    }
    return WHITE_SPACE.matcher(rest).replaceAll(" ").strip();
  }

  /**
   * Returns the part of this line after a whole motto that opens it ({@code Độc lập - Tự do - Hạnh
   * phúc Số: 335/2025/NĐ-CP}, two columns an OCR joined), its span moved with it; this line when it
   * does not open with a motto or holds nothing else.
   */
  HeaderLine afterLeadingMotto() {
    String folded = VietnameseText.foldDiacritics(text);
    Matcher motto = FULL_MOTTO.matcher(folded);
    if (folded.length() != text.length() || !motto.lookingAt()) {
      return this;
    }
    int from = motto.end();
    while (from < text.length() && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    return from >= text.length()
        ? this
        : new HeaderLine(text.substring(from), new TextSpan(span.start() + from, span.end()));
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
    return WHITE_SPACE.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ");
  }
}
