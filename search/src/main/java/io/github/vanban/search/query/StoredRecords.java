package io.github.vanban.search.query;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Header;
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
    return new DocumentSummary(
        d.get(IndexFields.SOURCE), d.get(IndexFields.FORMAT), d.get(IndexFields.TITLE), header(d));
  }

  /** Returns the header stored in a file document, or null when it has none. */
  static Header header(Document d) {
    String[] values = {
      d.get(IndexFields.NUMBER),
      d.get(IndexFields.TYPE),
      d.get(IndexFields.TYPE_NAME),
      d.get(IndexFields.ISSUER),
      d.get(IndexFields.ISSUER_PARENT),
      d.get(IndexFields.PLACE),
      d.get(IndexFields.ISSUED),
      d.get(IndexFields.SUBJECT),
      d.get(IndexFields.SIGNER),
      d.get(IndexFields.SIGNER_TITLE)
    };
    boolean any = false;
    for (String v : values) {
      any |= v != null;
    }
    if (!any) {
      return null;
    }
    return new Header(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
        values[8], values[9]);
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
        d.get(IndexFields.MENTION_TEXT));
  }
}
