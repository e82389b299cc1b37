package io.github.vanban.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.json.JsonObjects;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/metric/series}: the mentions of {@code GET /api/metric} (same filters, every
 * page) as chart series, one per issuer and status, over the periods in order, and the issuer of
 * each source.
 *
 * <p>A chart has one axis: only the mentions in the indicator's most frequent unit are drawn, and
 * {@code excluded} says how many others there are. Thread-safe.
 */
final class MetricSeries {

  /** The most mentions one chart draws. */
  static final int MAX_ROWS = 50_000;

  private final IndexQueries backend;
  private final SourceSummaries summaries;
  private final QueryApi queries;

  MetricSeries(IndexQueries backend, SourceSummaries summaries, QueryApi queries) {
    this.backend = backend;
    this.summaries = summaries;
    this.queries = queries;
  }

  String series(Params p) throws IOException {
    MetricQuery q = QueryApi.metricQuery(p);
    List<MetricRow> matching = backend.metrics(q.withPage(0, MAX_ROWS)).rows();
    String issuer = p.text("issuer");
    List<MetricRow> rows = issuer == null ? matching : queries.byIssuer(matching, issuer);
    Map<String, String> issuers = new LinkedHashMap<>();
    for (MetricRow r : rows) {
      if (!issuers.containsKey(r.source())) {
        issuers.put(r.source(), summaries.issuer(r.source()));
      }
    }
    String unit = mainUnit(rows);
    List<MetricRow> drawn = rows.stream().filter(r -> r.unit().equals(unit)).toList();
    return JsonObjects.object(
        g -> {
          g.writeStringField("indicator", q.indicator());
          g.writeStringField("label", drawn.isEmpty() ? null : drawn.get(0).label());
          g.writeStringField("unit", unit);
          g.writeNumberField("excluded", rows.size() - drawn.size());
          g.writeArrayFieldStart("periods");
          for (String period : periods(drawn)) {
            g.writeString(period);
          }
          g.writeEndArray();
          writeSeries(g, drawn, issuers);
          g.writeObjectFieldStart("issuers");
          for (Map.Entry<String, String> e : issuers.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        });
  }

  private static String mainUnit(List<MetricRow> rows) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (MetricRow r : rows) {
      int n = counts.merge(r.unit(), 1, Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = r.unit();
      }
    }
    return best;
  }

  /** The periods in the rows' order (oldest first), each once; rows without one are not drawn. */
  private static Set<String> periods(List<MetricRow> rows) {
    Set<String> out = new LinkedHashSet<>();
    for (MetricRow r : rows) {
      if (r.period() != null) {
        out.add(r.period());
      }
    }
    return out;
  }

  private static void writeSeries(
      JsonGenerator g, List<MetricRow> rows, Map<String, String> issuers) throws IOException {
    Map<List<String>, List<MetricRow>> groups = new LinkedHashMap<>();
    for (MetricRow r : rows) {
      if (r.period() != null) {
        String status = r.status() == null ? null : r.status().name();
        List<String> key = new ArrayList<>();
        key.add(issuers.get(r.source()));
        key.add(status);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    g.writeArrayFieldStart("series");
    for (Map.Entry<List<String>, List<MetricRow>> e : groups.entrySet()) {
      g.writeStartObject();
      g.writeStringField("issuer", e.getKey().get(0));
      g.writeStringField("status", e.getKey().get(1));
      g.writeArrayFieldStart("points");
      for (MetricRow r : e.getValue()) {
        g.writeStartObject();
        g.writeStringField("period", r.period());
        g.writeNumberField("value", r.value());
        g.writeStringField("source", r.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
