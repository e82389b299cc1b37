package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The plugin's analysis in a real cluster, through the index template: accent-insensitive matching,
 * every spelling of a document number, and the analyzers by name.
 */
public class AnalysisIT extends VanbanClusterTestCase {

  private static final String INDEX = "vanban-analysis";

  public void testFoldedTextMatchesWithoutDiacritics() throws IOException {
    createIndex2x1(INDEX + "-text");
    index(
        INDEX + "-text",
        "1",
        "{\"vanban\":{\"text\":\"Phát triển kinh tế di sản gắn với du lịch\"}}");
    index(INDEX + "-text", "2", "{\"vanban\":{\"text\":\"Kinh doanh dịch vụ lưu trú\"}}");
    assertThat(ids(INDEX + "-text", match("vanban.text.folded", "kinh te di san")), contains("1"));
    assertThat(ids(INDEX + "-text", match("vanban.text.folded", "KINH TẾ DI SẢN")), contains("1"));
    // The exact field keeps diacritics: the accent-free query does not match it.
    assertThat(ids(INDEX + "-text", match("vanban.text", "kinh te di san")), equalTo(List.of()));
    assertThat(ids(INDEX + "-text", match("vanban.text", "kinh tế di sản")), contains("1"));
  }

  public void testEverySpellingOfANumberFindsTheDocument() throws IOException {
    createIndex2x1(INDEX + "-number");
    index(INDEX + "-number", "205", "{\"vanban\":{\"header\":{\"number\":\"205/NQ-HĐND\"}}}");
    index(INDEX + "-number", "206", "{\"vanban\":{\"header\":{\"number\":\"206/NQ-HĐND\"}}}");
    index(
        INDEX + "-number",
        "cites",
        "{\"vanban\":{\"references\":[{\"number\":\"205/NQ-HÐND\",\"relation\":\"BASED_ON\"}]}}");
    for (String spelling :
        List.of("205/NQ-HĐND", "205/nq-hdnd", "0205 / NQ – HĐND", "205/NQ-HÐND", "205 / nq-hđnd")) {
      assertThat(
          spelling,
          ids(INDEX + "-number", term("vanban.header.number", spelling)),
          contains("205"));
      assertThat(
          spelling,
          ids(INDEX + "-number", term("vanban.references.number", spelling)),
          contains("cites"));
    }
    assertThat(
        ids(INDEX + "-number", term("vanban.header.number", "207/NQ-HĐND")), equalTo(List.of()));
  }

  @SuppressWarnings("unchecked")
  public void testAnalyzersAreRegisteredByName() throws IOException {
    String body = "{\"analyzer\":\"%s\",\"text\":\"Kinh tế Đà Nẵng\"}";
    Map<String, Object> folded = rest("POST", "/_analyze", String.format(body, "vanban_folded"));
    Map<String, Object> exact = rest("POST", "/_analyze", String.format(body, "vanban_exact"));
    assertThat(
        terms((List<Map<String, Object>>) folded.get("tokens")),
        contains("kinh", "te", "da", "nang"));
    assertThat(
        terms((List<Map<String, Object>>) exact.get("tokens")),
        contains("kinh", "tế", "đà", "nẵng"));
  }

  private static List<Object> terms(List<Map<String, Object>> tokens) {
    return tokens.stream().map(t -> t.get("token")).toList();
  }

  private static void index(String index, String id, String json) throws IOException {
    rest("PUT", "/" + index + "/_doc/" + id + "?refresh=true", json);
  }

  private static String match(String field, String text) {
    return "{\"match\":{\"" + field + "\":{\"query\":\"" + text + "\",\"operator\":\"and\"}}}";
  }

  private static String term(String field, String value) {
    return "{\"term\":{\"" + field + "\":\"" + value + "\"}}";
  }

  @SuppressWarnings("unchecked")
  static List<Object> ids(String index, String query) throws IOException {
    Map<String, Object> answer =
        rest("POST", "/" + index + "/_search", "{\"query\":" + query + "}");
    List<Map<String, Object>> hits =
        (List<Map<String, Object>>) ((Map<String, Object>) answer.get("hits")).get("hits");
    return hits.stream().map(h -> h.get("_id")).toList();
  }
}
