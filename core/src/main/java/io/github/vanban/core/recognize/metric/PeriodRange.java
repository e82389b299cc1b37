package io.github.vanban.core.recognize.metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a date value of EXTRACTION.md section 2 covers: {@code 2024}, {@code 2024-07}, {@code
 * 2024-07-10}, {@code 2024-Q4}, {@code 2024-H1}, and periods {@code 2021/2025} or {@code
 * 1994-12-17/2024-12-17}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day
 */
record PeriodRange(LocalDate start, LocalDate end) {

  /** Reads a date value; empty when it is not one. */
  static Optional<PeriodRange> of(String value) {
    try {
      int slash = value.indexOf('/');
      if (slash > 0) {
        PeriodRange a = single(value.substring(0, slash));
        PeriodRange b = single(value.substring(slash + 1));
        return Optional.of(new PeriodRange(a.start(), b.end()));
      }
      return Optional.of(single(value));
    } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** Returns the first year of the range. */
  int year() {
    return start.getYear();
  }

  private static PeriodRange single(String v) {
    int year = Integer.parseInt(v.substring(0, 4));
    if (v.length() == 4) {
      return new PeriodRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    char kind = v.charAt(5);
    int n = Integer.parseInt(v.substring(6, 7));
    if (kind == 'Q' || kind == 'H') {
      int months = kind == 'Q' ? 3 : 6;
      YearMonth first = YearMonth.of(year, (n - 1) * months + 1);
      return new PeriodRange(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
    }
    if (v.length() == 7) {
      YearMonth m = YearMonth.parse(v);
      return new PeriodRange(m.atDay(1), m.atEndOfMonth());
    }
    LocalDate d = LocalDate.parse(v);
    return new PeriodRange(d, d);
  }
}
