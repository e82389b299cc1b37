package io.github.vanban.extract.html;

import java.util.Locale;

/** The marker a browser shows for item {@code n} of an ordered list of a given {@code type}. */
final class HtmlListMarker {

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] DIGITS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private HtmlListMarker() {}

  /** Returns {@code 3.}, {@code c.}, {@code C.}, {@code iii.} or {@code III.} for item 3. */
  static String of(int n, String type) {
    String value =
        switch (type) {
          case "a" -> letters(n);
          case "A" -> letters(n).toUpperCase(Locale.ROOT);
          case "i" -> roman(n).toLowerCase(Locale.ROOT);
          case "I" -> roman(n);
          default -> Integer.toString(n);
        };
    return value + ".";
  }

  private static String letters(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = n; k > 0; k = (k - 1) / 26) {
      sb.insert(0, (char) ('a' + (k - 1) % 26));
    }
    return sb.toString();
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < VALUES.length; i++) {
      for (; rest >= VALUES[i]; rest -= VALUES[i]) {
        sb.append(DIGITS[i]);
      }
    }
    return sb.toString();
  }
}
