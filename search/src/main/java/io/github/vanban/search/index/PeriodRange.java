package io.github.vanban.search.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date value of EXTRACTION.md section 2 covers: {@code 2024} is 2024-01-01 to
 * 2024-12-31, {@code 2024-Q4} October to December, {@code 2021/2025} 2021-01-01 to 2025-12-31.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive, not before {@code start}
 */
public record PeriodRange(LocalDate start, LocalDate end) {

  private static final Pattern SINGLE =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})(?:-(\\d{1,2}))?|Q([1-4])|H([12])))?");

  /**
   * Checks the range is ordered.
   *
   * @param start first day, inclusive
   * @param end last day, inclusive, not before {@code start}
   */
  public PeriodRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
    }
  }

  /**
   * Parses a date value: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-Qn}, {@code
   * YYYY-Hn}, or two of these joined by {@code /}.
   *
   * @param value the value to parse, as dates and periods are written in vanban's output; may be
   *     null
   * @return the range, or empty when {@code value} is null, not of these forms, not a real date, or
   *     ends before it starts
   */
  public static Optional<PeriodRange> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    Optional<PeriodRange> first = single(slash < 0 ? v : v.substring(0, slash));
    if (slash < 0 || first.isEmpty()) {
      return first;
    }
    Optional<PeriodRange> last = single(v.substring(slash + 1));
    if (last.isEmpty() || last.get().end().isBefore(first.get().start())) {
      return Optional.empty();
    }
    return Optional.of(new PeriodRange(first.get().start(), last.get().end()));
  }

  private static Optional<PeriodRange> single(String v) {
    Matcher m = SINGLE.matcher(v.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        LocalDate day =
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return Optional.of(new PeriodRange(day, day));
      }
      if (m.group(2) != null) {
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        return Optional.of(new PeriodRange(month.atDay(1), month.atEndOfMonth()));
      }
      int months = m.group(4) != null ? 3 : m.group(5) != null ? 6 : 12;
      String part = m.group(4) != null ? m.group(4) : m.group(5);
      int index = part == null ? 0 : Integer.parseInt(part) - 1;
      YearMonth first = YearMonth.of(year, 1 + index * months);
      return Optional.of(
          new PeriodRange(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the first day as days since 1970-01-01.
   *
   * @return the epoch day of {@link #start()}
   */
  public long startDay() {
    return start.toEpochDay();
  }

  /**
   * Returns the last day as days since 1970-01-01.
   *
   * @return the epoch day of {@link #end()}
   */
  public long endDay() {
    return end.toEpochDay();
  }
}
