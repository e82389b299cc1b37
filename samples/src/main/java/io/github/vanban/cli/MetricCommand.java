package io.github.vanban.cli;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.MetricRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban metric fdi}: the mentions of an indicator across the index, oldest period first,
 * with its source, where it stands in its document's structure, status and sentence, a page at a
 * time ({@code --limit}, {@code --offset}) or all of them ({@code --all}); {@code --chart} draws
 * every value by period.
 */
@Command(
    name = "metric",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the mentions of an indicator across the index, oldest period first: the first 100"
          + " (every one with --json) unless --limit, --offset or --all say otherwise.",
      "Indicator ids are those of indicators.tsv: fdi, grdp_growth, budget_revenue..."
    })
final class MetricCommand extends QueryCommand {

  /** The widest sentence window of the table, in characters. */
  private static final int SENTENCE_WIDTH = 90;

  /** The widest structure path of the table ({@code Điều 12, khoản 3, điểm đ}), in characters. */
  private static final int WHERE_WIDTH = 30;

  @Parameters(
      paramLabel = "INDICATOR",
      description = "The indicator: its id (fdi) or label (Thu hút FDI); see 'vanban indicators'.")
  String indicator;

  @Option(
      names = "--period",
      converter = PeriodConverters.Period.class,
      description = "Only mentions within this period: 2024 takes 2024, 2024-Q4 and 2024-07.")
  DateValue period;

  @Option(
      names = "--status",
      description = "Only mentions of this status, in any case: ${COMPLETION-CANDIDATES}.")
  MetricStatus status;

  @Option(names = "--min", paramLabel = "X", description = "Only values of at least X (2.8e9).")
  Double min;

  @Option(names = "--max", paramLabel = "Y", description = "Only values of at most Y.")
  Double max;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "Show at most N mentions (default: "
              + MetricQuery.DEFAULT_LIMIT
              + " in the table; every one with --json, as OUTPUT.md promises).")
  Integer limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N mentions (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--all", description = "Show every mention, however many (overrides --limit).")
  boolean all;

  @Option(
      names = "--csv",
      description =
          "Print CSV (RFC 4180, a header row, then one row per mention; every mention unless"
              + " --limit is given) instead of a table.")
  boolean csv;

  @Option(
      names = "--chart",
      description = "Draw every value by period as a terminal bar chart (implies --all).")
  boolean chart;

  @Override
  int query(SearchBackend opened, PrintWriter out) throws IOException {
    if (json && csv) {
      throw new IllegalArgumentException("--json and --csv exclude each other");
    }
    if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
      throw new IllegalArgumentException(
          "--min and --max must be numbers, not "
              + (min != null && !Double.isFinite(min) ? min : max));
    }
    MetricQuery q =
        MetricQuery.of(IndicatorNames.idOf(indicator))
            .withPeriod(period)
            .withStatus(status)
            .withValues(min, max);
    boolean every = all || chart || (json || csv) && limit == null;
    MetricResult r =
        opened.metrics(
            every
                ? q.withAllFrom(offset)
                : q.withPage(offset, limit == null ? MetricQuery.DEFAULT_LIMIT : limit));
    if (json) {
      out.println(writer.write(r));
    } else if (csv) {
      printCsv(out, r.rows());
    } else if (r.rows().isEmpty() && r.total() > 0) {
      out.println(r.total() + " mentions match, none from --offset " + offset + " on.");
    } else if (r.rows().isEmpty()) {
      out.println("No mention of " + r.indicator() + knownHint(opened, r.indicator()));
    } else if (chart) {
      MetricChart.print(out, r.indicator(), r.rows());
    } else {
      printTable(out, r.rows());
      printShown(out, r);
    }
    return VanbanCommand.OK;
  }

  private static String knownHint(SearchBackend opened, String indicator) throws IOException {
    List<String> known = List.copyOf(opened.stats().byIndicator().keySet());
    if (known.contains(indicator)) {
      return " matches the filters.";
    }
    return known.isEmpty()
        ? " in the index; it holds no metric."
        : " in the index; indicators found: " + String.join(", ", known) + ".";
  }

  /** Says which rows of how many the table shows when it is not all of them. */
  private static void printShown(PrintWriter out, MetricResult r) {
    if (r.offset() == 0 && !r.hasMore()) {
      return;
    }
    int next = r.offset() + r.rows().size();
    out.println(
        r.rows().size()
            + " of "
            + r.total()
            + " mentions shown (from "
            + (r.offset() + 1)
            + ")"
            + (r.hasMore()
                ? "; --offset " + next + " for the next ones, --all for every one."
                : "."));
  }

  private static void printCsv(PrintWriter out, List<MetricRow> rows) {
    out.print(
        Csv.row(
            List.of(
                "indicator",
                "label",
                "period",
                "status",
                "value",
                "max",
                "unit",
                "qualifier",
                "comparison",
                "source",
                "number",
                "start",
                "end",
                "sentence")));
    for (MetricRow r : rows) {
      out.print(
          Csv.row(
              Arrays.asList(
                  r.indicator(),
                  r.label(),
                  r.period(),
                  r.status() == null ? null : r.status().name(),
                  r.value(),
                  r.max(),
                  r.unit(),
                  r.qualifier() == null ? null : r.qualifier().name(),
                  r.comparison(),
                  r.source(),
                  r.number(),
                  r.start(),
                  r.end(),
                  r.sentence())));
    }
  }

  private static void printTable(PrintWriter out, List<MetricRow> rows) {
    Table t =
        new Table(
            List.of("PERIOD", "STATUS", "VALUE", "QUALIFIER", "SOURCE", "WHERE", "SENTENCE"),
            21,
            8,
            28,
            9,
            40,
            WHERE_WIDTH,
            SENTENCE_WIDTH);
    for (MetricRow r : rows) {
      t.row(
          r.period(),
          r.status() == null ? null : r.status().name(),
          ValueFormat.format(r.value(), r.max(), r.unit()),
          r.qualifier() == null ? null : r.qualifier().name(),
          r.source(),
          r.where(),
          SentenceWindow.around(
              r.sentence(),
              r.text(),
              ValueFormat.format(Math.abs(r.value())).split(" ")[0],
              SENTENCE_WIDTH));
    }
    t.print(out, "");
  }
}
