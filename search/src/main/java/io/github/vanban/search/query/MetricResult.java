package io.github.vanban.search.query;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Index#metrics(MetricQuery)} finds: the mentions ordered by period (oldest first;
 * mentions without a period last), then source and position.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator asked for
 * @param rows the mentions
 */
public record MetricResult(String indicator, List<MetricRow> rows) {

  /** Copies the rows. */
  public MetricResult {
    Objects.requireNonNull(indicator, "indicator");
    rows = List.copyOf(rows);
  }
}
