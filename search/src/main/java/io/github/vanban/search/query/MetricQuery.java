package io.github.vanban.search.query;

import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.index.PeriodRange;
import java.util.Locale;
import java.util.Objects;

/**
 * Which metric mentions {@link Index#metrics(MetricQuery)} returns.
 *
 * <p>Immutable and thread-safe. Absent filters are {@code null}.
 *
 * @param indicator the indicator id of indicators.tsv ({@code fdi}), matched in lower case
 * @param period only mentions whose period lies within this one ({@code 2024} takes {@code 2024},
 *     {@code 2024-Q4} and {@code 2024-07}, not {@code 2021/2025})
 * @param status only mentions of this status
 * @param min only values at least this
 * @param max only values at most this
 */
public record MetricQuery(
    String indicator, PeriodRange period, MetricStatus status, Double min, Double max) {

  /** Checks the indicator is present and the bounds are ordered. */
  public MetricQuery {
    Objects.requireNonNull(indicator, "indicator");
    indicator = indicator.strip().toLowerCase(Locale.ROOT);
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
  }

  /** Returns a query for every mention of {@code indicator}. */
  public static MetricQuery of(String indicator) {
    return new MetricQuery(indicator, null, null, null, null);
  }

  /** Returns a copy keeping only mentions within {@code value}. */
  public MetricQuery withPeriod(PeriodRange value) {
    return new MetricQuery(indicator, value, status, min, max);
  }

  /** Returns a copy keeping only mentions of {@code value}. */
  public MetricQuery withStatus(MetricStatus value) {
    return new MetricQuery(indicator, period, value, min, max);
  }

  /** Returns a copy keeping only values within {@code [low, high]} (either may be null). */
  public MetricQuery withValues(Double low, Double high) {
    return new MetricQuery(indicator, period, status, low, high);
  }
}
