package io.github.vanban.search.query;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.json.JsonObjects;
import java.io.IOException;
import java.util.Map;

/**
 * Writes query results as the one-line JSON objects of OUTPUT.md ("JSON output of the query
 * commands"): field names and order as specified, absent values {@code null}.
 *
 * <p>Beyond OUTPUT.md, documents carry {@code format} and {@code title}, citations {@code mention}
 * and {@code mentions}, hits {@code type} and {@code issued}, metric rows {@code label}, {@code
 * comparison}, {@code start} and {@code end}; a metric result is one page of rows followed by the
 * {@code total} of matching mentions and the page's {@code offset}; statistics have their own
 * object. Immutable and thread-safe.
 */
public final class QueryJsonWriter {

  /**
   * Returns the JSON of a number lookup.
   *
   * @param r the number lookup's result
   * @return one JSON object on a single line
   */
  public String write(NumberResult r) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("query", r.query());
          g.writeStringField("number", r.number());
          g.writeArrayFieldStart("documents");
          for (DocumentSummary d : r.documents()) {
            g.writeStartObject();
            g.writeStringField("source", d.source());
            JsonObjects.writeHeader(g, d.header());
            g.writeStringField("format", d.format());
            g.writeStringField("title", d.title());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("citedBy");
          for (Citation c : r.citedBy()) {
            g.writeStartObject();
            g.writeStringField("source", c.source());
            g.writeStringField("number", c.number());
            g.writeStringField("relation", c.relation().name());
            g.writeStringField("snippet", c.snippet());
            g.writeStringField("mention", c.mention());
            g.writeNumberField("mentions", c.mentions());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /**
   * Returns the JSON of a metric query.
   *
   * @param r the metric query's result
   * @return one JSON object on a single line
   */
  public String write(MetricResult r) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("indicator", r.indicator());
          g.writeArrayFieldStart("rows");
          for (MetricRow row : r.rows()) {
            writeRow(g, row);
          }
          g.writeEndArray();
          g.writeNumberField("total", r.total());
          g.writeNumberField("offset", r.offset());
        });
  }

  /**
   * Returns the JSON of a search.
   *
   * @param r the search's result
   * @return one JSON object on a single line
   */
  public String write(SearchResult r) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("query", r.query());
          g.writeNumberField("total", r.total());
          g.writeArrayFieldStart("hits");
          for (SearchHit h : r.hits()) {
            g.writeStartObject();
            g.writeStringField("source", h.source());
            g.writeNumberField("score", h.score());
            g.writeStringField("title", h.title());
            g.writeStringField("number", h.number());
            g.writeStringField("snippet", h.snippet());
            g.writeStringField("type", h.type());
            g.writeStringField("issued", h.issued());
            g.writeStringField("where", h.where());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeObjectFieldStart("facets");
          for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
            writeCounts(g, dim.getKey(), dim.getValue());
          }
          g.writeEndObject();
        });
  }

  /**
   * Returns the JSON of index statistics.
   *
   * @param s the index statistics
   * @return one JSON object on a single line
   */
  public String write(IndexStats s) {
    return JsonObjects.object(
        g -> {
          g.writeNumberField("documents", s.documents());
          g.writeNumberField("references", s.references());
          g.writeNumberField("dates", s.dates());
          g.writeNumberField("figures", s.figures());
          g.writeNumberField("metrics", s.metrics());
          writeCounts(g, "format", s.byFormat());
          writeCounts(g, "type", s.byType());
          writeCounts(g, "issuer", s.byIssuer());
          writeCounts(g, "year", s.byYear());
          writeCounts(g, "indicator", s.byIndicator());
        });
  }

  private static void writeRow(JsonGenerator g, MetricRow row) throws IOException {
    g.writeStartObject();
    g.writeNumberField("value", row.value());
    if (row.max() == null) {
      g.writeNullField("max");
    } else {
      g.writeNumberField("max", row.max());
    }
    g.writeStringField("unit", row.unit());
    g.writeStringField("qualifier", row.qualifier() == null ? null : row.qualifier().name());
    g.writeStringField("period", row.period());
    g.writeStringField("status", row.status() == null ? null : row.status().name());
    g.writeStringField("source", row.source());
    g.writeStringField("number", row.number());
    g.writeStringField("sentence", row.sentence());
    g.writeStringField("label", row.label());
    g.writeStringField("comparison", row.comparison());
    g.writeNumberField("start", row.start());
    g.writeNumberField("end", row.end());
    g.writeStringField("where", row.where());
    g.writeEndObject();
  }

  private static void writeCounts(JsonGenerator g, String name, Map<String, Integer> counts)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
