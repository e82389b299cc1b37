package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.TextSpan;
import java.util.OptionalDouble;

/**
 * A number written the Vietnamese way, with its span and value.
 *
 * <p>Reading rules: {@code .} groups thousands and {@code ,} is the decimal mark ({@code 28.000} is
 * 28000, {@code 8,42} is 8.42, {@code 825.950,55} is 825950.55). Tolerated variants: a {@code .}
 * followed by anything but exactly three digits is a decimal point ({@code 1.5} is 1.5, while
 * {@code 1.500} is 1500); two or more {@code ,} groups of three digits are English thousands
 * ({@code 2,000,000}, then {@code .} is the decimal point); when asked, single spaces group
 * thousands ({@code 28 000}). Numbers longer than {@value #MAX_DIGITS} digits are not read.
 *
 * <p>Scanning looks at most a bounded number of characters past the start, so calling it at every
 * token start of a text stays linear. Immutable and thread-safe.
 *
 * @param span where the number stands
 * @param value its value
 * @param fraction whether it was written with a decimal part
 */
public record VietnameseNumber(TextSpan span, double value, boolean fraction) {

  /** The most digits (integer and decimal part together) a number may have. */
  public static final int MAX_DIGITS = 15;

  /**
   * Parses a whole string such as {@code 28.000} or {@code 8,42}; surrounding white space is
   * ignored.
   *
   * @param s the string to parse, Vietnamese style: {@code .} groups thousands, {@code ,} marks
   *     decimals
   * @return the value, or empty when the string is not exactly one number
   */
  public static OptionalDouble parse(String s) {
    String t = s.strip();
    VietnameseNumber n = scan(t, 0, true);
    return n != null && n.span().end() == t.length()
        ? OptionalDouble.of(n.value())
        : OptionalDouble.empty();
  }

  /**
   * Reads the number that starts at {@code start}.
   *
   * @param text the text
   * @param start index of the first digit
   * @param spaceGroups whether a single space may group thousands
   * @return the number, or {@code null} when no digit stands at {@code start} or it is too long
   */
  public static VietnameseNumber scan(CharSequence text, int start, boolean spaceGroups) {
    int n = text.length();
    int i = digitRun(text, start);
    int intLen = i - start;
    if (intLen == 0 || intLen > MAX_DIGITS) {
      return null;
    }
    StringBuilder digits = new StringBuilder(MAX_DIGITS + 2).append(text, start, i);
    int grouped = groups(text, i, '.');
    char decimalMark = ',';
    if (intLen <= 3 && grouped == 0 && commaGroups(text, i)) {
      grouped = groups(text, i, ',');
      decimalMark = '.';
    } else if (intLen <= 3 && grouped == 0 && spaceGroups) {
      grouped = groups(text, i, ' ');
    }
    for (int k = 0; k < grouped; k++) {
      digits.append(text, i + 1, i + 4);
      i += 4;
    }
    boolean englishPoint = grouped == 0 && i < n && text.charAt(i) == '.';
    if (i + 1 < n && (text.charAt(i) == decimalMark || englishPoint) && isDigit(text, i + 1)) {
      int end = digitRun(text, i + 1);
      digits.append('.').append(text, i + 1, end);
      i = end;
    }
    if (digits.length() > MAX_DIGITS + 1) {
      return null;
    }
    double value = Double.parseDouble(digits.toString());
    return new VietnameseNumber(new TextSpan(start, i), value, digits.indexOf(".") >= 0);
  }

  /** Counts the {@code sep}-separated groups of exactly three digits starting at {@code i}. */
  private static int groups(CharSequence text, int i, char sep) {
    int count = 0;
    int j = i;
    while (count < 5 && isGroup(text, j, sep)) {
      count++;
      j += 4;
    }
    return count;
  }

  private static boolean commaGroups(CharSequence text, int i) {
    return isGroup(text, i, ',') && isGroup(text, i + 4, ',');
  }

  private static boolean isGroup(CharSequence text, int j, char sep) {
    return j + 3 < text.length()
        && text.charAt(j) == sep
        && isDigit(text, j + 1)
        && isDigit(text, j + 2)
        && isDigit(text, j + 3)
        && !isDigit(text, j + 4);
  }

  private static int digitRun(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && i - start <= MAX_DIGITS && isDigit(text, i)) {
      i++;
    }
    return i;
  }

  static boolean isDigit(CharSequence text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }
}
