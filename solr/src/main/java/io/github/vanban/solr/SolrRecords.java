package io.github.vanban.solr;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.SummaryFields;
import org.apache.solr.common.SolrDocument;

/** Reads the port's records back from Solr documents. Stateless and thread-safe. */
final class SolrRecords {

  /** The stored fields of a file's summary, for {@code fl}. */
  static final String SUMMARY_FIELDS = String.join(",", SummaryFields.NAMES);

  private SolrRecords() {}

  /** Returns the summary of a file document. */
  static DocumentSummary summary(SolrDocument d) {
    return SummaryFields.summary(field -> string(d, field));
  }

  /** Returns the row of a metric document. */
  static MetricRow metric(SolrDocument d) {
    String qualifier = string(d, IndexFields.QUALIFIER);
    String status = string(d, IndexFields.STATUS);
    Object max = d.getFirstValue(IndexFields.MAX);
    return new MetricRow(
        string(d, IndexFields.INDICATOR),
        string(d, IndexFields.LABEL),
        FigureKind.valueOf(string(d, IndexFields.FIGURE_KIND)),
        ((Number) d.getFirstValue(IndexFields.VALUE)).doubleValue(),
        max == null ? null : ((Number) max).doubleValue(),
        string(d, IndexFields.UNIT),
        qualifier == null ? null : Qualifier.valueOf(qualifier),
        string(d, IndexFields.PERIOD),
        status == null ? null : MetricStatus.valueOf(status),
        string(d, IndexFields.COMPARISON),
        string(d, IndexFields.SOURCE),
        string(d, IndexFields.SOURCE_NUMBER),
        string(d, IndexFields.SENTENCE),
        integer(d, IndexFields.START),
        integer(d, IndexFields.END),
        string(d, IndexFields.MENTION_TEXT),
        string(d, IndexFields.WHERE));
  }

  /** Returns a stored string, or null. */
  static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  /** Returns a stored integer. */
  static int integer(SolrDocument d, String field) {
    return ((Number) d.getFirstValue(field)).intValue();
  }
}
