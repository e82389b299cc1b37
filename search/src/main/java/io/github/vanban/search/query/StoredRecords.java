package io.github.vanban.search.query;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.search.index.IndexFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads result records back from stored Lucene documents. Stateless and thread-safe. */
final class StoredRecords {

  private StoredRecords() {}

  /** Returns the summary of a file document. */
  static DocumentSummary summary(Document d) {
    return SummaryFields.summary(d::get);
  }

  /** Returns the row of a metric document. */
  static MetricRow metric(Document d) {
    String qualifier = d.get(IndexFields.QUALIFIER);
    String status = d.get(IndexFields.STATUS);
    IndexableField max = d.getField(IndexFields.MAX);
    return new MetricRow(
        d.get(IndexFields.INDICATOR),
        d.get(IndexFields.LABEL),
        FigureKind.valueOf(d.get(IndexFields.FIGURE_KIND)),
        d.getField(IndexFields.VALUE).numericValue().doubleValue(),
        max == null ? null : max.numericValue().doubleValue(),
        d.get(IndexFields.UNIT),
        qualifier == null ? null : Qualifier.valueOf(qualifier),
        d.get(IndexFields.PERIOD),
        status == null ? null : MetricStatus.valueOf(status),
        d.get(IndexFields.COMPARISON),
        d.get(IndexFields.SOURCE),
        d.get(IndexFields.SOURCE_NUMBER),
        d.get(IndexFields.SENTENCE),
        d.getField(IndexFields.START).numericValue().intValue(),
        d.getField(IndexFields.END).numericValue().intValue(),
        d.get(IndexFields.MENTION_TEXT),
        d.get(IndexFields.WHERE));
  }
}
