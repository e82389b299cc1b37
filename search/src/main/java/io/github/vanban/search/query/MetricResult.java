package io.github.vanban.search.query;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Index#metrics(MetricQuery)} finds: one page of the matching mentions, ordered by
 * period (oldest start first, then oldest end; mentions without a period last), then source (by
 * code point) and position, and how many mentions match in all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator asked for
 * @param total how many mentions match the filters, exactly, whatever the page
 * @param offset how many mentions of the order come before {@code rows}
 * @param rows the page of mentions
 */
public record MetricResult(String indicator, long total, int offset, List<MetricRow> rows) {

  /**
   * Copies the rows and checks the page lies within the total.
   *
   * @param indicator the indicator asked for
   * @param total how many mentions match the filters, exactly, whatever the page
   * @param offset how many mentions of the order come before {@code rows}
   * @param rows the page of mentions
   */
  public MetricResult {
    Objects.requireNonNull(indicator, "indicator");
    rows = List.copyOf(rows);
    if (offset < 0 || total < rows.size()) {
      throw new IllegalArgumentException(
          "a page of " + rows.size() + " at " + offset + " cannot hold within " + total);
    }
  }

  /**
   * Returns whether mentions past this page match too.
   *
   * @return true when {@code offset + rows.size() < total}
   */
  public boolean hasMore() {
    return offset + (long) rows.size() < total;
  }
}
