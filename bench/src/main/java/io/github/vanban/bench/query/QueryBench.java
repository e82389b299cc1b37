package io.github.vanban.bench.query;

import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.NumberResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban-bench query}: latency of number lookups, metric queries (the default first page,
 * and every row) and full-text searches on an index, one thread, warm searcher: each kind runs a
 * warm-up pass, then the measured queries go into an HdrHistogram whose percentiles are printed.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Query latency percentiles (number, metric, full text) on an index.")
public final class QueryBench implements Callable<Integer> {

  /** A query of one kind, run for its latency; returns a count that keeps the result alive. */
  @FunctionalInterface
  interface Run<Q> {
    long apply(Q query) throws Exception;
  }

  @Option(names = "--index", required = true, description = "The index folder.")
  Path index;

  @Option(names = "--manifest", required = true, description = "The generated folder's manifest.")
  Path manifest;

  @Option(names = "--queries", defaultValue = "2000", description = "Measured queries per kind.")
  int queries;

  @Option(names = "--warmup", defaultValue = "3000", description = "Warm-up queries per kind.")
  int warmup;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the query draw.")
  long seed;

  @Override
  public Integer call() throws Exception {
    QueryWorkload w = QueryWorkload.of(manifest, queries, seed);
    QueryWorkload warm = QueryWorkload.of(manifest, warmup, seed + 1);
    try (Index ix = Index.open(index)) {
      System.out.println(
          "| query | queries | mean ms | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |"
              + " mean results |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      Run<String> number =
          q -> {
            NumberResult r = ix.number(q);
            return r.citedBy().size() + r.documents().size();
          };
      measure("number lookup", warm.numbers(), w.numbers(), number);
      // Results are the matches (the exact total), not the page of rows returned.
      Run<MetricQuery> metric = q -> ix.metrics(q).total();
      measure("metric, indicator + year (first page)", warm.metrics(), w.metrics(), metric);
      List<MetricQuery> all = QueryWorkload.unfilteredMetrics();
      measure("metric, indicator only (first page)", all, all, metric);
      List<MetricQuery> every = all.stream().map(q -> q.withAllFrom(0)).toList();
      measure("metric, indicator only (every row)", every, every, metric);
      measure("full text (top 10, facets)", warm.texts(), w.texts(), q -> ix.search(q).total());
    }
    return 0;
  }

  private static <Q> void measure(String name, List<Q> warm, List<Q> measured, Run<Q> run)
      throws Exception {
    long sink = 0;
    for (Q q : warm) {
      sink += run.apply(q);
    }
    Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    long results = 0;
    for (Q q : measured) {
      long start = System.nanoTime();
      results += run.apply(q);
      h.recordValue(System.nanoTime() - start);
    }
    System.out.printf(
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
        name,
        measured.size(),
        h.getMean() / 1e6,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(90) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6,
        (double) results / measured.size() + (sink < 0 ? 1 : 0));
  }
}
