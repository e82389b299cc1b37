package io.github.vanban.solr;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.MetricRow;
import org.apache.solr.common.SolrDocument;

/** Reads the port's records back from Solr documents. Stateless and thread-safe. */
final class SolrRecords {

  /** The stored fields of a file's summary, for {@code fl}. */
  static final String SUMMARY_FIELDS =
      String.join(
          ",",
          IndexFields.SOURCE,
          IndexFields.FORMAT,
          IndexFields.TITLE,
          IndexFields.NUMBER,
          IndexFields.TYPE,
          IndexFields.TYPE_NAME,
          IndexFields.ISSUER,
          IndexFields.ISSUER_PARENT,
          IndexFields.PLACE,
          IndexFields.ISSUED,
          IndexFields.SUBJECT,
          IndexFields.SIGNER,
          IndexFields.SIGNER_TITLE);

  private SolrRecords() {}

  /** Returns the summary of a file document. */
  static DocumentSummary summary(SolrDocument d) {
    return new DocumentSummary(
        string(d, IndexFields.SOURCE),
        string(d, IndexFields.FORMAT),
        string(d, IndexFields.TITLE),
        header(d));
  }

  /** Returns the header stored in a file document, or null when it has none. */
  static Header header(SolrDocument d) {
    String[] values = {
      string(d, IndexFields.NUMBER),
      string(d, IndexFields.TYPE),
      string(d, IndexFields.TYPE_NAME),
      string(d, IndexFields.ISSUER),
      string(d, IndexFields.ISSUER_PARENT),
      string(d, IndexFields.PLACE),
      string(d, IndexFields.ISSUED),
      string(d, IndexFields.SUBJECT),
      string(d, IndexFields.SIGNER),
      string(d, IndexFields.SIGNER_TITLE)
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
        integer(d, IndexFields.END));
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
