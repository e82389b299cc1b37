package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.DateValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * Reads the groups {@code day}, {@code month} and {@code year} that the header's patterns name (an
 * annex heading's or a gazette title's {@code ngày 15 tháng 12 năm 2024}). Stateless.
 */
final class DayGroups {

  private DayGroups() {}

  /**
   * Returns the day ({@code 2024-12-15}) of the groups of {@code m}, or {@code null} when the match
   * has no day or the groups are no real day (a 31 April).
   */
  static DateValue day(Matcher m) {
    if (m.group("day") == null) {
      return null;
    }
    try {
      return DateValue.day(
          LocalDate.of(
              Integer.parseInt(m.group("year")),
              Integer.parseInt(m.group("month")),
              Integer.parseInt(m.group("day"))));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
