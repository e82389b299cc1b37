package io.github.vanban.extract.office;

import java.util.Locale;

/** How a list level writes its counter: the Word number formats vanban renders. */
enum NumberFormat {
  /** 1, 2, 3. */
  DECIMAL,
  /** 01, 02, ..., 10. */
  DECIMAL_ZERO,
  /** a, b, ..., z, aa. */
  LOWER_LETTER,
  /** A, B, ..., Z, AA. */
  UPPER_LETTER,
  /** i, ii, iii. */
  LOWER_ROMAN,
  /** I, II, III. */
  UPPER_ROMAN,
  /** The level text is a bullet; there is no counter. */
  BULLET,
  /** Nothing is written. */
  NONE;

  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN_DIGITS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  /**
   * Returns the format named by an OOXML {@code w:numFmt} value; unknown formats fall back to
   * decimal, which is what a reader sees for most of them in a Vietnamese document.
   */
  static NumberFormat ofOoxml(String name) {
    if (name == null) {
      return DECIMAL;
    }
    return switch (name) {
      case "decimalZero" -> DECIMAL_ZERO;
      case "lowerLetter" -> LOWER_LETTER;
      case "upperLetter" -> UPPER_LETTER;
      case "lowerRoman" -> LOWER_ROMAN;
      case "upperRoman" -> UPPER_ROMAN;
      case "bullet" -> BULLET;
      case "none" -> NONE;
      default -> DECIMAL;
    };
  }

  /** Returns the format of a Word 97 number format code ({@code nfc}). */
  static NumberFormat ofWord97(int nfc) {
    return switch (nfc) {
      case 1 -> UPPER_ROMAN;
      case 2 -> LOWER_ROMAN;
      case 3 -> UPPER_LETTER;
      case 4 -> LOWER_LETTER;
      case 22 -> DECIMAL_ZERO;
      case 23 -> BULLET;
      case 255 -> NONE;
      default -> DECIMAL;
    };
  }

  /** Writes {@code n} in this format; bullets and none write nothing. */
  String format(int n) {
    return switch (this) {
      case DECIMAL -> Integer.toString(n);
      case DECIMAL_ZERO -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
      case LOWER_LETTER -> letters(n);
      case UPPER_LETTER -> letters(n).toUpperCase(Locale.ROOT);
      case LOWER_ROMAN -> roman(n).toLowerCase(Locale.ROOT);
      case UPPER_ROMAN -> roman(n);
      case BULLET, NONE -> "";
    };
  }

  /** Word's letters: a..z, then aa..zz, then aaa (the letter repeated, not base 26). */
  private static String letters(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) ('a' + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        sb.append(ROMAN_DIGITS[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return sb.toString();
  }
}
