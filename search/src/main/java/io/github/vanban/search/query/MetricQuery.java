package io.github.vanban.search.query;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import java.util.Locale;
import java.util.Objects;

/**
 * Which metric mentions {@link Index#metrics(MetricQuery)} returns, and which page of them.
 *
 * <p>Immutable and thread-safe. Absent filters are {@code null}.
 *
 * @param indicator the indicator id of indicators.tsv ({@code fdi}), matched in lower case
 * @param period only mentions whose period lies within this one ({@code 2024} takes {@code 2024},
 *     {@code 2024-Q4} and {@code 2024-07}, not {@code 2021/2025})
 * @param status only mentions of this status
 * @param min only values at least this
 * @param max only values at most this
 * @param offset how many mentions of the order to skip, at least 0
 * @param limit how many mentions to return at most, at least 0 (0 counts them only)
 */
public record MetricQuery(
    String indicator,
    DateValue period,
    MetricStatus status,
    Double min,
    Double max,
    int offset,
    int limit) {

  /** How many mentions a query returns unless it asks for another page size. */
  public static final int DEFAULT_LIMIT = 100;

  /**
   * Checks the indicator is present, the bounds are ordered and the page is not negative.
   *
   * @param indicator the indicator id of indicators.tsv ({@code fdi}), matched in lower case
   * @param period only mentions whose period lies within this one ({@code 2024} takes {@code 2024},
   *     {@code 2024-Q4} and {@code 2024-07}, not {@code 2021/2025})
   * @param status only mentions of this status
   * @param min only values at least this
   * @param max only values at most this
   * @param offset how many mentions of the order to skip, at least 0
   * @param limit how many mentions to return at most, at least 0 (0 counts them only)
   */
  public MetricQuery {
    Objects.requireNonNull(indicator, "indicator");
    indicator = indicator.strip().toLowerCase(Locale.ROOT);
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "offset and limit must not be negative, not " + offset + " and " + limit);
    }
  }

  /**
   * Returns a query for the first {@link #DEFAULT_LIMIT} mentions of {@code indicator}.
   *
   * @param indicator the indicator id ({@code fdi}), any case
   * @return a query with no filter, offset 0 and limit {@link #DEFAULT_LIMIT}
   */
  public static MetricQuery of(String indicator) {
    return new MetricQuery(indicator, null, null, null, null, 0, DEFAULT_LIMIT);
  }

  /**
   * Returns a copy keeping only mentions within {@code value}.
   *
   * @param value the period the mentions' periods must lie within, or {@code null} for any
   * @return a new query with the other values unchanged
   */
  public MetricQuery withPeriod(DateValue value) {
    return new MetricQuery(indicator, value, status, min, max, offset, limit);
  }

  /**
   * Returns a copy keeping only mentions of {@code value}.
   *
   * @param value the status wanted, or {@code null} for any
   * @return a new query with the other values unchanged
   */
  public MetricQuery withStatus(MetricStatus value) {
    return new MetricQuery(indicator, period, value, min, max, offset, limit);
  }

  /**
   * Returns a copy keeping only values within {@code [low, high]} (either may be null).
   *
   * @param low the lowest value kept, or {@code null} for no lower bound
   * @param high the highest value kept, or {@code null} for no upper bound
   * @return a new query with the other values unchanged
   */
  public MetricQuery withValues(Double low, Double high) {
    return new MetricQuery(indicator, period, status, low, high, offset, limit);
  }

  /**
   * Returns a copy returning at most {@code size} mentions after the first {@code skip}.
   *
   * @param skip how many mentions to skip, at least 0
   * @param size how many mentions to return at most, at least 0
   * @return a new query with the other values unchanged
   */
  public MetricQuery withPage(int skip, int size) {
    return new MetricQuery(indicator, period, status, min, max, skip, size);
  }

  /**
   * Returns a copy returning every mention after the first {@code skip}.
   *
   * @param skip how many mentions to skip, at least 0
   * @return a new query with the other values unchanged
   */
  public MetricQuery withAllFrom(int skip) {
    return withPage(skip, Integer.MAX_VALUE);
  }
}
