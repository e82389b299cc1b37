package io.github.vanban.web;

import io.github.vanban.core.json.JsonObjects;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.recognize.metric.Indicator;
import io.github.vanban.core.recognize.metric.IndicatorLexicon;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.query.SearchQuery;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query endpoints: search, number, metric, stats and indicators. Each answers with the JSON the
 * command line prints for the same query ({@link QueryJsonWriter}), so scripts read one shape.
 *
 * <p>Thread-safe.
 */
final class QueryApi {

  /** The most hits a search page holds. */
  static final int MAX_HITS = 100;

  /** The deepest page start: every hit before it is ranked and given a snippet. */
  static final int MAX_OFFSET = 1_000;

  private final IndexQueries backend;
  private final SourceSummaries summaries;
  private final QueryJsonWriter writer = new QueryJsonWriter();
  private final IndicatorLexicon lexicon = IndicatorLexicon.bundled();

  QueryApi(IndexQueries backend, SourceSummaries summaries) {
    this.backend = backend;
    this.summaries = summaries;
  }

  /**
   * {@code GET /api/search?q=&type=&issuer=&from=&to=&format=&year=&limit=&offset=}: {@code vanban
   * search --json} with {@code --limit}; {@code offset} skips the first hits of the ranking; {@code
   * format} and {@code year} keep the files of one format or year, as the facets count them (the
   * query gets {@code format:} or {@code year:} appended, as one could type it).
   */
  String search(Params p) throws IOException {
    int limit = p.integer("limit", SearchQuery.DEFAULT_LIMIT, 1, MAX_HITS);
    int offset = p.integer("offset", 0, 0, MAX_OFFSET);
    SearchQuery q =
        new SearchQuery(
            searchText(p.text("q"), p.text("format"), p.text("year")),
            p.text("type"),
            p.text("issuer"),
            day(p, "from", true),
            day(p, "to", false),
            limit,
            offset);
    return writer.write(backend.search(q));
  }

  /** The query text with the facet filters the syntax has: {@code format:} and {@code year:}. */
  private static String searchText(String text, String format, String year) {
    StringBuilder q = new StringBuilder(text == null ? "" : "(" + text + ")");
    if (format != null) {
      if (!format.matches("[A-Za-z0-9]{1,16}")) {
        throw ApiException.badRequest("format is a format name such as pdf, not " + format);
      }
      q.append(q.length() == 0 ? "" : " AND ").append("format:").append(format);
    }
    if (year != null) {
      if (!year.matches("[0-9]{4}")) {
        throw ApiException.badRequest("year is a year such as 2024, not " + year);
      }
      q.append(q.length() == 0 ? "" : " AND ").append("year:").append(year);
    }
    return text != null && format == null && year == null ? text : q.toString();
  }

  private static LocalDate day(Params p, String name, boolean first) {
    String v = p.text(name);
    if (v == null) {
      return null;
    }
    DateValue range =
        DateValue.tryParse(v)
            .orElseThrow(
                () -> ApiException.badRequest(name + " is not a date (2024, 2024-07, 2024-07-10)"));
    return first ? range.start() : range.end();
  }

  /** {@code GET /api/number?n=}: {@code vanban number N --json}. */
  String number(Params p) throws IOException {
    return writer.write(backend.number(p.required("n")));
  }

  /** {@code GET /api/stats}: {@code vanban stats --json}. */
  String stats() throws IOException {
    return writer.write(backend.stats());
  }

  /**
   * {@code GET /api/metric?indicator=&period=&status=&min=&max=&limit=&offset=&issuer=}: {@code
   * vanban metric ID --json} with the same options (every mention unless {@code limit} is given);
   * {@code issuer} keeps only mentions in documents whose issuer contains these words.
   */
  String metric(Params p) throws IOException {
    MetricQuery q = metricQuery(p);
    Integer limit = p.integer("limit", null, 0, Integer.MAX_VALUE);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    String issuer = p.text("issuer");
    if (issuer == null) {
      return writer.write(
          backend.metrics(limit == null ? q.withAllFrom(offset) : q.withPage(offset, limit)));
    }
    List<MetricRow> rows = byIssuer(backend.metrics(q.withAllFrom(0)).rows(), issuer);
    int from = Math.min(offset, rows.size());
    int to = limit == null ? rows.size() : (int) Math.min(rows.size(), (long) from + limit);
    return writer.write(new MetricResult(q.indicator(), rows.size(), from, rows.subList(from, to)));
  }

  /** Returns the query of the metric filters every metric endpoint shares. */
  static MetricQuery metricQuery(Params p) {
    String period = p.text("period");
    String status = p.text("status");
    MetricQuery q =
        MetricQuery.of(p.required("indicator")).withValues(p.decimal("min"), p.decimal("max"));
    if (period != null) {
      q =
          q.withPeriod(
              DateValue.tryParse(period)
                  .orElseThrow(
                      () ->
                          ApiException.badRequest(
                              "period is not a period (2024, 2024-Q4, 2024-07, 2021/2025)")));
    }
    if (status != null) {
      try {
        q = q.withStatus(MetricStatus.valueOf(status.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(
            "status is one of " + List.of(MetricStatus.values()) + ", not " + status);
      }
    }
    return q;
  }

  /** Returns the rows whose document's issuer contains the words of {@code issuer}. */
  List<MetricRow> byIssuer(List<MetricRow> rows, String issuer) throws IOException {
    String wanted = fold(issuer);
    List<MetricRow> out = new ArrayList<>();
    for (MetricRow r : rows) {
      String own = summaries.issuer(r.source());
      if (own != null && fold(own).contains(wanted)) {
        out.add(r);
      }
    }
    return out;
  }

  private static String fold(String s) {
    return VietnameseText.foldDiacritics(VietnameseText.normalize(s).text())
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * {@code GET /api/indicators}: every indicator of the lexicon with its labels and units, and how
   * many mentions the index holds, most mentioned first.
   */
  String indicators() throws IOException {
    Map<String, Integer> counts = backend.stats().byIndicator();
    List<Indicator> all = new ArrayList<>(lexicon.indicators());
    all.sort(
        (a, b) -> {
          int byCount =
              Integer.compare(counts.getOrDefault(b.id(), 0), counts.getOrDefault(a.id(), 0));
          return byCount != 0 ? byCount : a.id().compareTo(b.id());
        });
    return JsonObjects.object(
        g -> {
          g.writeArrayFieldStart("indicators");
          for (Indicator i : all) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            g.writeStringField("label", i.label());
            g.writeStringField("labelEn", i.labelEn());
            g.writeArrayFieldStart("units");
            for (String u : i.units()) {
              g.writeString(u);
            }
            g.writeEndArray();
            g.writeNumberField("mentions", counts.getOrDefault(i.id(), 0));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }
}
