package io.github.vanban.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** How generated documents write dates and numbers, the Vietnamese way. Stateless. */
final class Words {

  private Words() {}

  /** {@code ngày 08 tháng 12 năm 2023}. */
  static String date(LocalDate d) {
    return String.format(
        "ngày %02d tháng %d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** {@code 8/12/2023}. */
  static String dateInFigures(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  /** An integer with dots between thousands: {@code 52.340}. */
  static String integer(long n) {
    String s = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(s.charAt(i));
    }
    return out.toString();
  }

  /** A number with one decimal after a comma, the comma dropped for a whole number: {@code 8,5}. */
  static String decimal(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0
        ? integer(tenths / 10)
        : integer(tenths / 10) + "," + Math.abs(tenths % 10);
  }

  /** Upper-cases the first letter. */
  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Returns one element of {@code list}. */
  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Returns a Roman numeral from 1 to 10. */
  static String roman(int n) {
    return List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").get(n - 1);
  }
}
