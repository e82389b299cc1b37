package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.core.model.Relation;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.StoredOutline;
import io.github.vanban.search.query.Citation;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.InvalidQueryException;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.ParsedSearch;
import io.github.vanban.search.query.SearchHit;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import io.github.vanban.search.query.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * vanban's four queries as OpenSearch requests, answered with the records and order of the local
 * index. Stateless and thread-safe.
 */
final class OpenSearchQueries {

  /** Most documents one answer reads; also OpenSearch's default result window. */
  private static final int WINDOW = 10_000;

  /** Facet dimension to field, in the local index's order. */
  private static final Map<String, String> FACETS =
      Map.of(
          IndexFields.TYPE, "vanban.header.type",
          IndexFields.ISSUER, "vanban.header.issuer",
          IndexFields.YEAR, "vanban.year",
          IndexFields.FORMAT, "vanban.format");

  private final OpenSearchConnection os;
  private final String index;

  OpenSearchQueries(OpenSearchConnection os, String index) {
    this.os = os;
    this.index = index;
  }

  NumberResult number(String query) throws IOException {
    String key = DocumentNumbers.key(query);
    if (key.isEmpty() || key.chars().noneMatch(Character::isDigit)) {
      throw new InvalidQueryException("not a document number: '" + query.strip() + "'");
    }
    List<DocumentSummary> documents = new ArrayList<>();
    for (JsonNode hit : hits(term("vanban.header.number", key), "vanban.text")) {
      documents.add(OpenSearchRecords.summary(hit.path("_source")));
    }
    documents.sort(Comparator.comparing(DocumentSummary::source));
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode hit : hits(term("vanban.references.number", key), "vanban.text")) {
      JsonNode source = hit.path("_source");
      String own = OpenSearchRecords.text(source.path("vanban").path("header"), "number");
      for (JsonNode r : source.path("vanban").path("references")) {
        String number = OpenSearchRecords.text(r, "number");
        if (number != null && DocumentNumbers.key(number).equals(key)) {
          mentions.add(new Mention(OpenSearchRecords.text(source, "source"), own, r));
        }
      }
    }
    mentions.sort(
        Comparator.comparing(Mention::source).thenComparingInt(m -> m.ref().path("start").asInt()));
    String number =
        documents.stream()
            .map(DocumentSummary::number)
            .filter(n -> n != null)
            .findFirst()
            .orElse(mentions.isEmpty() ? null : mentions.get(0).ref().path("number").asText());
    return new NumberResult(query, number, documents, citations(mentions, key));
  }

  private record Mention(String source, String own, JsonNode ref) {}

  private static List<Citation> citations(List<Mention> mentions, String key) {
    Map<String, List<Mention>> bySource = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.own() == null || !DocumentNumbers.key(m.own()).equals(key)) {
        bySource.computeIfAbsent(m.source(), s -> new ArrayList<>()).add(m);
      }
    }
    List<Citation> out = new ArrayList<>();
    bySource.forEach(
        (source, list) -> {
          Mention chosen =
              list.stream()
                  .filter(m -> !Relation.MENTIONS.name().equals(m.ref().path("relation").asText()))
                  .findFirst()
                  .orElse(list.get(0));
          out.add(
              new Citation(
                  source,
                  chosen.own(),
                  Relation.valueOf(chosen.ref().path("relation").asText()),
                  chosen.ref().path("text").asText(),
                  chosen.ref().path("excerpt").asText(),
                  list.size()));
        });
    return out;
  }

  MetricResult metrics(MetricQuery q) throws IOException {
    ArrayNode filters = OpenSearchConnection.JSON.createArrayNode();
    filters.add(term("vanban.metrics.indicator", q.indicator()));
    if (q.status() != null) {
      filters.add(term("vanban.metrics.status", q.status().name()));
    }
    if (q.period() != null) {
      filters.add(range("vanban.metrics.periodStart", "gte", q.period().start().toString()));
      filters.add(range("vanban.metrics.periodEnd", "lte", q.period().end().toString()));
    }
    if (q.min() != null) {
      filters.add(range("vanban.metrics.figure.value", "gte", q.min()));
    }
    if (q.max() != null) {
      filters.add(range("vanban.metrics.figure.value", "lte", q.max()));
    }
    ObjectNode inner = OpenSearchConnection.JSON.createObjectNode();
    inner.putObject("bool").set("filter", filters);
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", WINDOW);
    body.putArray("_source").add("source").add("vanban.header.number");
    ObjectNode nested = body.putObject("query").putObject("nested");
    nested.put("path", "vanban.metrics").set("query", inner);
    // 100 is OpenSearch's default index.max_inner_result_window: mentions past it in one file
    // are counted in the total but not listed.
    nested.putObject("inner_hits").put("size", 100);
    ObjectNode aggs = body.putObject("aggs").putObject("m");
    aggs.putObject("nested").put("path", "vanban.metrics");
    aggs.putObject("aggs").putObject("f").set("filter", inner);
    JsonNode answer = os.call("POST", "/" + index + "/_search", body.toString());
    List<MetricRow> rows = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      String source = hit.path("_source").path("source").asText();
      String number =
          OpenSearchRecords.text(hit.path("_source").path("vanban").path("header"), "number");
      for (JsonNode m : hit.path("inner_hits").path("vanban.metrics").path("hits").path("hits")) {
        rows.add(OpenSearchRecords.metric(m.path("_source"), source, number));
      }
    }
    rows.sort(ORDER);
    long total = answer.path("aggregations").path("m").path("f").path("doc_count").asLong();
    int from = Math.min(q.offset(), rows.size());
    int to = (int) Math.min(rows.size(), (long) from + q.limit());
    return new MetricResult(q.indicator(), total, q.offset(), rows.subList(from, to));
  }

  /** The local index's order: oldest period first, none last, then by source and position. */
  private static final Comparator<MetricRow> ORDER =
      Comparator.comparing(
              (MetricRow r) -> OpenSearchRecords.periodStart(r.period()),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              r -> OpenSearchRecords.periodEnd(r.period()),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(MetricRow::source)
          .thenComparingInt(MetricRow::start);

  SearchResult search(SearchQuery q) throws IOException {
    ParsedSearch parsed = ParsedSearch.parse(q.text());
    ObjectNode bool = OpenSearchConnection.JSON.createObjectNode();
    bool.putArray("must").add(QueryDsl.of(parsed.query()));
    ArrayNode filters = bool.putArray("filter");
    if (q.type() != null) {
      filters.add(term("vanban.typeKey", DocumentMapper.typeKey(q.type())));
    }
    if (q.issuer() != null) {
      Query issuer = ParsedSearch.issuerFilter(q.issuer());
      if (issuer != null) {
        filters.add(QueryDsl.of(issuer));
      }
    }
    if (q.from() != null || q.to() != null) {
      ObjectNode day = OpenSearchConnection.JSON.createObjectNode();
      if (q.from() != null) {
        day.put("gte", q.from().toString());
      }
      if (q.to() != null) {
        day.put("lte", q.to().toString());
      }
      filters.addObject().putObject("range").set("vanban.issuedDay", day);
    }
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", q.limit());
    body.put("track_total_hits", true);
    body.putObject("query").set("bool", bool);
    body.putArray("sort").add("_score").addObject().put("source", "asc");
    body.put("track_scores", true);
    body.set("aggs", facets(FACETS));
    // Term statistics of the whole index, as one local index has them.
    JsonNode answer =
        os.call("POST", "/" + index + "/_search?search_type=dfs_query_then_fetch", body.toString());
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode s = hit.path("_source");
      JsonNode h = s.path("vanban").path("header");
      Snippet snippet = parsed.snippet(s.path("vanban").path("text").asText(""));
      hits.add(
          new SearchHit(
              s.path("source").asText(),
              (float) hit.path("_score").asDouble(),
              OpenSearchRecords.text(s.path("vanban"), "title"),
              OpenSearchRecords.text(h, "number"),
              OpenSearchRecords.text(h, "type"),
              OpenSearchRecords.text(h, "issued"),
              snippet.html(),
              StoredOutline.where(
                  OpenSearchRecords.text(s.path("vanban"), "outline"), snippet.marked())));
    }
    return new SearchResult(
        q.text(),
        answer.path("hits").path("total").path("value").asLong(),
        hits,
        counts(answer.path("aggregations"), IndexFields.FACET_DIMS));
  }

  IndexStats stats() throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = facets(FACETS);
    for (String count : List.of("references", "dates", "figures")) {
      aggs.putObject(count).putObject("sum").put("field", "vanban.counts." + count);
    }
    ObjectNode metrics = aggs.putObject("metrics");
    metrics.putObject("nested").put("path", "vanban.metrics");
    metrics.putObject("aggs").set("indicator", terms("vanban.metrics.indicator"));
    body.set("aggs", aggs);
    JsonNode a = os.call("POST", "/" + index + "/_search", body.toString());
    JsonNode g = a.path("aggregations");
    Map<String, Map<String, Integer>> byDoc = counts(g, IndexFields.FACET_DIMS);
    return new IndexStats(
        a.path("hits").path("total").path("value").asLong(),
        g.path("references").path("value").asLong(),
        g.path("dates").path("value").asLong(),
        g.path("figures").path("value").asLong(),
        g.path("metrics").path("doc_count").asLong(),
        byDoc.getOrDefault(IndexFields.FORMAT, Map.of()),
        byDoc.getOrDefault(IndexFields.TYPE, Map.of()),
        byDoc.getOrDefault(IndexFields.ISSUER, Map.of()),
        byDoc.getOrDefault(IndexFields.YEAR, Map.of()),
        buckets(g.path("metrics").path("indicator")));
  }

  private static ObjectNode facets(Map<String, String> fields) {
    ObjectNode aggs = OpenSearchConnection.JSON.createObjectNode();
    fields.forEach((dim, field) -> aggs.set(dim, terms(field)));
    return aggs;
  }

  /** A terms aggregation listing every value, largest count first, then by value. */
  private static ObjectNode terms(String field) {
    ObjectNode terms = OpenSearchConnection.JSON.createObjectNode();
    ObjectNode t = terms.putObject("terms");
    t.put("field", field).put("size", WINDOW);
    t.putArray("order").add(OpenSearchConnection.JSON.createObjectNode().put("_count", "desc"));
    ((ArrayNode) t.get("order")).addObject().put("_key", "asc");
    return terms;
  }

  private static Map<String, Map<String, Integer>> counts(JsonNode aggs, List<String> dims) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      Map<String, Integer> values = buckets(aggs.path(dim));
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  private static Map<String, Integer> buckets(JsonNode agg) {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (JsonNode b : agg.path("buckets")) {
      values.put(b.path("key").asText(), b.path("doc_count").asInt());
    }
    return values;
  }

  /** Every hit of {@code query} (up to the window), without the excluded fields. */
  private List<JsonNode> hits(ObjectNode query, String exclude) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", WINDOW);
    body.set("query", query);
    body.putObject("_source").putArray("excludes").add(exclude);
    List<JsonNode> out = new ArrayList<>();
    os.call("POST", "/" + index + "/_search", body.toString())
        .path("hits")
        .path("hits")
        .forEach(out::add);
    return out;
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode node = OpenSearchConnection.JSON.createObjectNode();
    node.putObject("term").put(field, value);
    return node;
  }

  private static ObjectNode range(String field, String op, Object value) {
    ObjectNode node = OpenSearchConnection.JSON.createObjectNode();
    ObjectNode r = node.putObject("range").putObject(field);
    if (value instanceof Double d) {
      r.put(op, d);
    } else {
      r.put(op, value.toString());
    }
    return node;
  }
}
