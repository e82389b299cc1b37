package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.SummaryFields;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns the {@code _source} of vanban documents (the fields of {@code AnalysisFields}) into the
 * records the local index returns. Stateless and thread-safe.
 */
final class OpenSearchRecords {

  /** The name under {@code vanban.header} of each header field of the local index. */
  private static final Map<String, String> HEADER_NAMES =
      Map.of(
          IndexFields.NUMBER, "number",
          IndexFields.TYPE, "type",
          IndexFields.TYPE_NAME, "typeName",
          IndexFields.ISSUER, "issuer",
          IndexFields.ISSUER_PARENT, "issuerParent",
          IndexFields.PLACE, "place",
          IndexFields.ISSUED, "issued",
          IndexFields.SUBJECT, "subject",
          IndexFields.SIGNER, "signer",
          IndexFields.SIGNER_TITLE, "signerTitle");

  private OpenSearchRecords() {}

  /** Returns the summary of a document's {@code _source}. */
  static DocumentSummary summary(JsonNode source) {
    JsonNode v = source.path("vanban");
    return new DocumentSummary(
        text(source, "source"), text(v, "format"), text(v, "title"), header(v.path("header")));
  }

  /** Returns the header, or null when it holds no value (as the local index stores it). */
  static Header header(JsonNode h) {
    return SummaryFields.header(field -> text(h, HEADER_NAMES.get(field)));
  }

  /** Returns the row of one nested metric of the document {@code source}. */
  static MetricRow metric(JsonNode m, String source, String number) {
    JsonNode f = m.path("figure");
    String qualifier = text(f, "qualifier");
    String status = text(m, "status");
    return new MetricRow(
        text(m, "indicator"),
        text(m, "label"),
        FigureKind.valueOf(text(f, "kind")),
        f.path("value").asDouble(),
        f.path("max").isNumber() ? f.path("max").asDouble() : null,
        text(f, "unit"),
        qualifier == null ? null : Qualifier.valueOf(qualifier),
        text(m, "period"),
        status == null ? null : MetricStatus.valueOf(status),
        text(m, "comparison"),
        source,
        number,
        text(m, "excerpt"),
        m.path("start").asInt(),
        m.path("end").asInt(),
        // The mention's text is not read back from this backend.
        null,
        text(m, "where"));
  }

  /** Returns the first day of a period, or null when it has none. */
  static LocalDate periodStart(String period) {
    return DateValue.tryParse(period).map(DateValue::start).orElse(null);
  }

  /** Returns the last day of a period, or null when it has none. */
  static LocalDate periodEnd(String period) {
    return DateValue.tryParse(period).map(DateValue::end).orElse(null);
  }

  /** Returns a string field, or null when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
