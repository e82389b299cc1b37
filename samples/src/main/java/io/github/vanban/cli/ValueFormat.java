package io.github.vanban.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes figure values the Vietnamese way for tables: decimal comma, dot-grouped thousands and
 * scale words ({@code 2.8E9} is {@code 2,8 tỷ}, {@code 4.9E14} is {@code 490 nghìn tỷ}, {@code
 * 8.42} is {@code 8,42}).
 *
 * <p>Stateless and thread-safe.
 */
final class ValueFormat {

  private static final double[] SCALES = {1e12, 1e9, 1e6};
  private static final String[] WORDS = {"nghìn tỷ", "tỷ", "triệu"};

  private ValueFormat() {}

  /** Returns {@code value} with up to three significant decimals and a scale word. */
  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    double abs = Math.abs(value);
    for (int i = 0; i < SCALES.length; i++) {
      if (abs >= SCALES[i]) {
        return plain(value / SCALES[i]) + " " + WORDS[i];
      }
    }
    return plain(value);
  }

  /** Returns {@code value} and its unit, with {@code %} written close. */
  static String format(double value, Double max, String unit) {
    String range = max == null ? format(value) : format(value) + " - " + format(max);
    return unit == null ? range : unit.equals("%") ? range + "%" : range + " " + unit;
  }

  private static String plain(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    String s = d.toPlainString();
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    String frac = dot < 0 ? "" : "," + s.substring(dot + 1);
    return group(whole) + frac;
  }

  private static String group(String whole) {
    boolean negative = whole.startsWith("-");
    String digits = negative ? whole.substring(1) : whole;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return (negative ? "-" : "") + out;
  }
}
