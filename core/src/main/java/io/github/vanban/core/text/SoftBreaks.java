package io.github.vanban.core.text;

/**
 * Joins the lines of a hard-wrapped paragraph for matching: a line break is soft, and reads as a
 * space, when the line before does not end a sentence ({@code .}, {@code !}, {@code ?}, {@code ;},
 * {@code :}) and the next line goes on with a lower-case word, a digit, {@code %}, {@code ,} or
 * {@code )}, or with a unit in capitals after a number ({@code 11.000\nUSD}). A blank line, a line
 * opening with a list marker ({@code 2.1. }, {@code 3) }) or a capitalised word after a number
 * ({@code … 6 tháng đầu năm 2017\nTriển khai …}, a heading ending in its year) is never soft.
 *
 * <p>The result has the same length as the text, so offsets carry over. Stateless and thread-safe.
 */
public final class SoftBreaks {

  private static final int MAX_MARKER = 12;

  private SoftBreaks() {}

  /**
   * Returns {@code text} with its soft line breaks replaced by spaces.
   *
   * @param text the text to join
   * @return a string of the same length, so offsets carry over; {@code text} itself when nothing
   *     changed
   */
  public static String join(String text) {
    char[] out = null;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (soft(text, i)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
      }
    }
    return out == null ? text : new String(out);
  }

  /** A list marker opens the next line: {@code 2.1. }, {@code 3) }. */
  private static boolean marker(String text, int n) {
    int j = n;
    while (j < text.length() && j - n < MAX_MARKER && markerChar(text.charAt(j))) {
      j++;
    }
    if (j == n || j + 1 >= text.length()) {
      return false;
    }
    if (text.charAt(j - 1) == '.') {
      return text.charAt(j) == ' ';
    }
    return text.charAt(j) == ')' && text.charAt(j + 1) == ' ';
  }

  private static boolean markerChar(char c) {
    return Character.isDigit(c) || c == '.';
  }

  /** Returns whether the line break at {@code i} is soft. */
  static boolean soft(String text, int i) {
    int p = i - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r')) {
      p--;
    }
    int n = i + 1;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    if (p < 0 || n >= text.length() || ".!?;:\n".indexOf(text.charAt(p)) >= 0 || marker(text, n)) {
      return false;
    }
    char next = text.charAt(n);
    char prev = text.charAt(p);
    return Character.isLowerCase(next)
        || Character.isDigit(next)
        || "%,)".indexOf(next) >= 0
        || Character.isDigit(prev) && capitals(text, n);
  }

  /** Whether the word at {@code n} is written in capitals only, as a unit is ({@code USD}). */
  private static boolean capitals(String text, int n) {
    int j = n;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      if (!Character.isUpperCase(text.charAt(j))) {
        return false;
      }
      j++;
    }
    return j > n;
  }
}
