package io.github.vanban.cli;

import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.index.PeriodRange;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.MetricRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban metric fdi}: every mention of an indicator across the index, oldest period first,
 * with its source, status and sentence; {@code --chart} draws the values by period.
 */
@Command(
    name = "metric",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List every mention of an indicator across the index, oldest period first.",
      "Indicator ids are those of indicators.tsv: fdi, grdp_growth, budget_revenue..."
    })
final class MetricCommand extends QueryCommand {

  @Parameters(paramLabel = "INDICATOR", description = "The indicator id, such as fdi.")
  String indicator;

  @Option(
      names = "--period",
      converter = PeriodConverters.Period.class,
      description = "Only mentions within this period: 2024 takes 2024, 2024-Q4 and 2024-07.")
  PeriodRange period;

  @Option(
      names = "--status",
      description = "Only mentions of this status: ${COMPLETION-CANDIDATES}.")
  MetricStatus status;

  @Option(names = "--min", paramLabel = "X", description = "Only values of at least X (2.8e9).")
  Double min;

  @Option(names = "--max", paramLabel = "Y", description = "Only values of at most Y.")
  Double max;

  @Option(names = "--chart", description = "Draw the values by period as a terminal bar chart.")
  boolean chart;

  @Override
  int query(Index opened, PrintWriter out) throws IOException {
    MetricQuery q =
        MetricQuery.of(indicator).withPeriod(period).withStatus(status).withValues(min, max);
    MetricResult r = opened.metrics(q);
    if (json) {
      out.println(writer.write(r));
    } else if (r.rows().isEmpty()) {
      out.println("No mention of " + r.indicator() + knownHint(opened, r.indicator()));
    } else if (chart) {
      MetricChart.print(out, r.indicator(), r.rows());
    } else {
      printTable(out, r.rows());
    }
    return VanbanCommand.OK;
  }

  private static String knownHint(Index opened, String indicator) throws IOException {
    List<String> known = List.copyOf(opened.stats().byIndicator().keySet());
    if (known.contains(indicator)) {
      return " matches the filters.";
    }
    return known.isEmpty()
        ? " in the index; it holds no metric."
        : " in the index; indicators found: " + String.join(", ", known) + ".";
  }

  private static void printTable(PrintWriter out, List<MetricRow> rows) {
    Table t =
        new Table(
            List.of("PERIOD", "STATUS", "VALUE", "QUALIFIER", "SOURCE", "SENTENCE"),
            21,
            8,
            28,
            9,
            40,
            90);
    for (MetricRow r : rows) {
      t.row(
          r.period(),
          r.status() == null ? null : r.status().name(),
          ValueFormat.format(r.value(), r.max(), r.unit()),
          r.qualifier() == null ? null : r.qualifier().name(),
          r.source(),
          r.sentence());
    }
    t.print(out, "");
  }
}
