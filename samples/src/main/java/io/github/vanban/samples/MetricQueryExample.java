package io.github.vanban.samples;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricRow;
import java.nio.file.Path;

/**
 * Indexes a folder, then asks for the targets set for one indicator in one year: the README's
 * metric-query example.
 */
public final class MetricQueryExample {

  private MetricQueryExample() {}

  /** Arguments: the folder of documents, the index folder, an indicator id, a year. */
  public static void main(String[] args) throws Exception {
    new Indexer(IndexerConfig.DEFAULT)
        .index(Path.of(args[0]), Path.of(args[1]), ProgressListener.NONE);
    MetricQuery targets =
        MetricQuery.of(args[2]) // e.g. grdp_growth
            .withPeriod(DateValue.parse(args[3])) // e.g. 2025
            .withStatus(MetricStatus.TARGET);
    try (Index index = Index.open(Path.of(args[1]))) {
      for (MetricRow row : index.metrics(targets).rows()) {
        System.out.println(
            row.period()
                + " "
                + row.value()
                + " "
                + row.unit()
                + " "
                + row.source()); // 2025 12.0 % ...
      }
    }
  }
}
