package io.github.vanban.cli;

import io.github.vanban.search.query.MetricRow;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A terminal bar chart of metric values by period: one bar per mention, in period order, with its
 * value and source, for the unit most mentions share (mentions in other units are counted, not
 * drawn).
 *
 * <p>Stateless and thread-safe.
 */
final class MetricChart {

  /** Width of the longest bar, in columns. */
  static final int WIDTH = 40;

  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

  private MetricChart() {}

  /** Prints the chart of {@code rows}, already in period order. */
  static void print(PrintWriter out, String indicator, List<MetricRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String unit = mainUnit(rows);
    List<MetricRow> drawn = rows.stream().filter(r -> r.unit().equals(unit)).toList();
    double max = drawn.stream().mapToDouble(r -> Math.abs(r.value())).max().orElse(0);
    out.println(indicator + " (" + unit + ")");
    int periodWidth =
        drawn.stream().mapToInt(r -> r.period() == null ? 1 : r.period().length()).max().orElse(1);
    for (MetricRow r : drawn) {
      String period = r.period() == null ? "-" : r.period();
      String status = r.status() == null ? "-" : r.status().name();
      out.printf(
          "  %-" + periodWidth + "s  %-8s  %-" + WIDTH + "s  %-14s  %s%n",
          period,
          status,
          bar(Math.abs(r.value()), max),
          ValueFormat.format(r.value(), r.max(), r.unit()),
          r.source());
    }
    int other = rows.size() - drawn.size();
    if (other > 0) {
      out.println("  (" + other + " mentions in other units not drawn)");
    }
  }

  private static String mainUnit(List<MetricRow> rows) {
    Map<String, Long> counts =
        rows.stream().collect(Collectors.groupingBy(MetricRow::unit, Collectors.counting()));
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }

  /** Returns a bar of {@code value} out of {@code max} in eighths of a column. */
  static String bar(double value, double max) {
    int eighths = max <= 0 ? 0 : (int) Math.round(value / max * WIDTH * 8);
    return "█".repeat(eighths / 8) + (eighths % 8 == 0 ? "" : EIGHTHS.charAt(eighths % 8));
  }
}
