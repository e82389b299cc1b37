package io.github.vanban.extract.layout;

import java.util.regex.Pattern;

/**
 * Reads what a line's text says about its role: a list or article marker at its start, capitals, a
 * closing punctuation mark at its end.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineStyle {

  /**
   * List and structure markers that open a line: {@code -}, {@code +}, {@code •}, {@code 1.},
   * {@code 1.2.}, {@code 2)}, {@code (3)}, {@code a)}, {@code đ.}, {@code IV.}, {@code I-}, {@code
   * Điều 5.}, {@code Chương II}, {@code Mục 1}, {@code Phần thứ nhất}.
   */
  public static final Pattern MARKER =
      Pattern.compile(
          "^(?:[-–—+•·*▪■●]\\s"
              + "|\\(?\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]\\s"
              + "|\\(?[a-zđ][).]\\s"
              + "|[IVXLC]{1,6}\\s*[.)\\-–]\\s?"
              + "|(?:Điều|Chương|Mục|Phần|Phụ lục)\\s+\\S+)");

  private static final Pattern STRUCTURE =
      Pattern.compile(
          "^(?:Chương|Phần|Mục|Phụ lục|PHẦN|CHƯƠNG|MỤC|PHỤ LỤC)\\s|^[IVXLC]{1,6}\\s*[.\\-–]");

  private LineStyle() {}

  /**
   * Returns true when the text opens with a list or structure marker.
   *
   * @param text a line or block
   * @return true when {@link #MARKER} matches at its start
   */
  public static boolean startsWithMarker(String text) {
    return MARKER.matcher(text).find();
  }

  /**
   * Returns true when the text opens with a dash or plus followed by a space.
   *
   * @param text a line or block
   * @return true for {@code "- "}, {@code "– "}, {@code "— "} or {@code "+ "} at its start
   */
  public static boolean startsWithDash(String text) {
    return text.length() > 1 && "-–—+".indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ';
  }

  /**
   * Returns true when the text opens a part, chapter, section or appendix.
   *
   * @param text a line or block
   * @return true for {@code Chương}, {@code Phần}, {@code Mục}, {@code Phụ lục} (in either case) or
   *     a Roman numeral with a full stop or dash at its start
   */
  public static boolean startsStructure(String text) {
    return STRUCTURE.matcher(text).find();
  }

  /**
   * Returns true when the first letter is lower case.
   *
   * @param text a line or block
   * @return true when its first letter, before any digit, is lower case
   */
  public static boolean startsLower(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return Character.isLowerCase(cp);
      }
      if (Character.isDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Returns true when the text ends a sentence or a clause that a new line follows.
   *
   * @param text a line or block
   * @return true when its last non-blank character is one of {@code . : ; ! ?}
   */
  public static boolean endsClause(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * Returns true when at least four letters are present and nine in ten are capitals.
   *
   * @param text a line or block
   * @return true when the text is written in capitals
   */
  public static boolean isUpperCase(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.isUpperCase(cp)) {
          upper++;
        }
      }
      i += Character.charCount(cp);
    }
    return letters >= 4 && upper >= 0.9 * letters;
  }

  /**
   * Returns true when {@code next} continues a code broken at the end of {@code previous} ({@code
   * 176/NQ-} then {@code HĐND}), so the two are joined without a space. Vietnamese words are never
   * hyphenated, so only a last token without lower-case letters (a document number, an
   * abbreviation, a year) qualifies.
   *
   * @param previous the earlier line
   * @param next the line that follows it
   * @return true when the two are joined without a space
   */
  public static boolean joinsWithoutSpace(String previous, String next) {
    String p = previous.stripTrailing();
    int space = p.lastIndexOf(' ');
    String token = p.substring(space + 1);
    if (token.length() < 2 || next.isEmpty() || !Character.isLetterOrDigit(next.codePointAt(0))) {
      return false;
    }
    char last = token.charAt(token.length() - 1);
    return (last == '-' || last == '/')
        && token.substring(0, token.length() - 1).chars().noneMatch(Character::isLowerCase);
  }
}
