package io.github.vanban.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date value of EXTRACTION.md section 2 — a day, month, quarter, half year, year or period — with
 * the days it covers: {@code 2024} covers 2024-01-01 to 2024-12-31, {@code 2024-Q4} October to
 * December, {@code 2021/2025} 2021-01-01 to 2025-12-31.
 *
 * <p>{@link #parse(String)} and {@link #tryParse(String)} are the one reader of these texts; the
 * factories {@link #day}, {@link #month}, {@link #quarter}, {@link #half}, {@link #year} and {@link
 * #period} build the same values without text. Immutable and thread-safe.
 *
 * @param text the canonical text: {@code 2024-07-10}, {@code 2024-07}, {@code 2024-Q4}, {@code
 *     2024-H1}, {@code 2024}, {@code 2021/2025}, {@code 1994-12-17/2024-12-17}
 * @param granularity how precise the value is; {@link Granularity#PERIOD} for two values joined by
 *     {@code /}
 * @param start the first day covered, inclusive
 * @param end the last day covered, inclusive, not before {@code start}
 */
public record DateValue(String text, Granularity granularity, LocalDate start, LocalDate end) {

  private static final Pattern SINGLE =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})(?:-(\\d{1,2}))?|Q([1-4])|H([12])))?");

  private static final String FORMS =
      "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or two of these joined by '/'";

  /**
   * Checks the parts are present, ordered, and that {@code text} is the canonical text of exactly
   * these days at this granularity.
   *
   * @param text the canonical text
   * @param granularity how precise the value is
   * @param start the first day covered, inclusive
   * @param end the last day covered, inclusive, not before {@code start}
   * @throws IllegalArgumentException when the days are out of order or do not match {@code text}
   *     and {@code granularity}
   */
  public DateValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "date value " + text + " ends " + end + " before " + start);
    }
    if (!consistent(text, granularity, start, end)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not the " + granularity + " from " + start + " to " + end);
    }
  }

  /**
   * Reads a date value as vanban writes it, or as a user types it (months and days may have one
   * digit, spaces around are ignored).
   *
   * @param text {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-Qn}, {@code
   *     YYYY-Hn}, or two of these joined by {@code /} (the second not ending before the first
   *     starts)
   * @return the value, with its text in canonical form ({@code 2024-7} reads as {@code 2024-07})
   * @throws IllegalArgumentException when {@code text} is null, not of these forms, not a real day
   *     or month, or a period that ends before it starts; the message quotes it
   */
  public static DateValue parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () -> new IllegalArgumentException("not a date value: '" + text + "' (" + FORMS + ")"));
  }

  /**
   * Reads a date value like {@link #parse(String)}, giving empty instead of an exception.
   *
   * @param text the text to read; may be null
   * @return the value, or empty when {@code text} is null or {@link #parse(String)} would reject it
   */
  public static Optional<DateValue> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String v = text.strip();
    int slash = v.indexOf('/');
    Optional<DateValue> first = single(slash < 0 ? v : v.substring(0, slash));
    if (slash < 0 || first.isEmpty()) {
      return first;
    }
    Optional<DateValue> last = single(v.substring(slash + 1));
    if (last.isEmpty() || last.get().end().isBefore(first.get().start())) {
      return Optional.empty();
    }
    return Optional.of(period(first.get(), last.get()));
  }

  /**
   * Returns one calendar day.
   *
   * @param day the day
   * @return the {@link Granularity#DAY} value, text {@code 2024-07-10}
   */
  public static DateValue day(LocalDate day) {
    return new DateValue(day.toString(), Granularity.DAY, day, day);
  }

  /**
   * Returns one month.
   *
   * @param month the month
   * @return the {@link Granularity#MONTH} value, text {@code 2024-07}
   */
  public static DateValue month(YearMonth month) {
    return new DateValue(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns one quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the {@link Granularity#QUARTER} value, text {@code 2024-Q4}
   * @throws java.time.DateTimeException when {@code quarter} is not 1 to 4 or the year out of range
   */
  public static DateValue quarter(int year, int quarter) {
    return part(year, quarter, Granularity.QUARTER);
  }

  /**
   * Returns one half year.
   *
   * @param year the year
   * @param half 1 or 2
   * @return the {@link Granularity#HALF} value, text {@code 2024-H1}
   * @throws java.time.DateTimeException when {@code half} is not 1 or 2 or the year out of range
   */
  public static DateValue half(int year, int half) {
    return part(year, half, Granularity.HALF);
  }

  /**
   * Returns one calendar year.
   *
   * @param year the year
   * @return the {@link Granularity#YEAR} value, text {@code 2024}
   * @throws java.time.DateTimeException when the year is out of range
   */
  public static DateValue year(int year) {
    return part(year, 1, Granularity.YEAR);
  }

  /**
   * Returns the period from the start of one value to the end of another.
   *
   * @param first where the period starts; not itself a period
   * @param last where the period ends; not itself a period, not ending before {@code first} starts
   * @return the {@link Granularity#PERIOD} value, text {@code first/last}
   * @throws IllegalArgumentException when either is a period or {@code last} ends before {@code
   *     first} starts
   */
  public static DateValue period(DateValue first, DateValue last) {
    if (first.granularity() == Granularity.PERIOD || last.granularity() == Granularity.PERIOD) {
      throw new IllegalArgumentException(
          "a period joins two single values, not " + first.text() + " and " + last.text());
    }
    return new DateValue(
        first.text() + "/" + last.text(), Granularity.PERIOD, first.start(), last.end());
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

  /**
   * Tells whether every day of {@code other} lies within this value: {@code 2024} contains {@code
   * 2024-Q4} and {@code 2024}, not {@code 2023/2024}.
   *
   * @param other the value to test
   * @return true when {@code other} starts no earlier and ends no later than this value
   */
  public boolean contains(DateValue other) {
    return !other.start().isBefore(start) && !other.end().isAfter(end);
  }

  /**
   * Returns the canonical text, as {@link java.time.LocalDate#toString()} returns ISO.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }

  private static Optional<DateValue> single(String v) {
    Matcher m = SINGLE.matcher(v.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        int month = Integer.parseInt(m.group(2));
        return Optional.of(day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
      }
      if (m.group(2) != null) {
        return Optional.of(month(YearMonth.of(year, Integer.parseInt(m.group(2)))));
      }
      if (m.group(4) != null) {
        return Optional.of(quarter(year, Integer.parseInt(m.group(4))));
      }
      if (m.group(5) != null) {
        return Optional.of(half(year, Integer.parseInt(m.group(5))));
      }
      return Optional.of(year(year));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The value covering part {@code n} (1-based) of a year cut into quarters, halves or one. */
  private static DateValue part(int year, int n, Granularity granularity) {
    int months = months(granularity);
    YearMonth first = YearMonth.of(year, (n - 1) * months + 1);
    LocalDate end = first.plusMonths(months - 1L).atEndOfMonth();
    return new DateValue(textOf(granularity, first.atDay(1), n), granularity, first.atDay(1), end);
  }

  /** How many months a quarter, a half or a year spans. */
  private static int months(Granularity granularity) {
    return switch (granularity) {
      case QUARTER -> 3;
      case HALF -> 6;
      default -> 12;
    };
  }

  private static String textOf(Granularity granularity, LocalDate start, int n) {
    String year = start.toString().substring(0, 4);
    return switch (granularity) {
      case QUARTER -> year + "-Q" + n;
      case HALF -> year + "-H" + n;
      default -> year;
    };
  }

  /** Whether {@code text} names exactly the days from {@code start} to {@code end}. */
  private static boolean consistent(
      String text, Granularity granularity, LocalDate start, LocalDate end) {
    return switch (granularity) {
      case DAY -> start.equals(end) && text.equals(start.toString());
      case MONTH -> {
        YearMonth m = YearMonth.from(start);
        yield start.equals(m.atDay(1)) && end.equals(m.atEndOfMonth()) && text.equals(m.toString());
      }
      case QUARTER, HALF, YEAR -> {
        int months = months(granularity);
        int n = (start.getMonthValue() - 1) / months + 1;
        YearMonth first = YearMonth.of(start.getYear(), (n - 1) * months + 1);
        yield start.equals(first.atDay(1))
            && end.equals(first.plusMonths(months - 1L).atEndOfMonth())
            && text.equals(textOf(granularity, start, n));
      }
      case PERIOD -> {
        int slash = text.indexOf('/');
        yield slash > 0
            && single(text.substring(0, slash))
                .filter(a -> a.start().equals(start) && a.text().equals(text.substring(0, slash)))
                .isPresent()
            && single(text.substring(slash + 1))
                .filter(b -> b.end().equals(end) && b.text().equals(text.substring(slash + 1)))
                .isPresent();
      }
    };
  }
}
