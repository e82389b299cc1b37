package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * The {@code vanban} ingest processor in a real cluster, on the repository's sample documents: its
 * fields equal {@code vanban extract --json} of the same file, metrics are nested and queryable by
 * period, and an unreadable file fails alone in its bulk with vanban's reason code.
 */
public class IngestProcessorIT extends VanbanClusterTestCase {

  /** Born-digital PDF, DOCX, Word 97 DOC, HTML and text. */
  private static final List<String> FILES =
      List.of(
          "nq-12-2024-hdnd-tinh.pdf",
          "bc-ubnd-kinhte-2024.docx",
          "bc-sdl-dulich-2024.doc",
          "tin-bai-html.html",
          "van-ban-utf8.txt");

  public void testFieldsEqualExtractJsonOfTheSameFile() throws Exception {
    String index = "vanban-ingest";
    createIndex2x1(index);
    Map<String, Object> answer = bulk(index, FILES);
    assertThat(answer.toString(), answer.get("errors"), equalTo(false));
    for (String file : FILES) {
      Map<String, Object> source = source(index, file);
      assertThat(file, source, not(hasKey("data")));
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) source.get("vanban");
      assertThat(file, withoutDerived(fields), equalTo(extractJson(SAMPLES.resolve(file))));
    }
  }

  @SuppressWarnings("unchecked")
  public void testMetricsAreNestedAndQueryableByPeriod() throws Exception {
    String index = "vanban-metrics";
    createIndex2x1(index);
    bulk(index, FILES);
    // One nested mention must meet every condition: growth target of at least 10% for 2025.
    String query =
        "{\"size\":20,\"query\":{\"nested\":{\"path\":\"vanban.metrics\",\"query\":{\"bool\":"
            + "{\"filter\":[{\"term\":{\"vanban.metrics.indicator\":\"grdp_growth\"}},"
            + "{\"term\":{\"vanban.metrics.status\":\"TARGET\"}},"
            + "{\"range\":{\"vanban.metrics.periodStart\":{\"lte\":\"2025-12-31\"}}},"
            + "{\"range\":{\"vanban.metrics.periodEnd\":{\"gte\":\"2025-01-01\"}}},"
            + "{\"range\":{\"vanban.metrics.figure.value\":{\"gte\":10}}}]}}}}}";
    Map<String, Object> answer = rest("POST", "/" + index + "/_search", query);
    List<Map<String, Object>> hits =
        (List<Map<String, Object>>) ((Map<String, Object>) answer.get("hits")).get("hits");
    Set<Object> found = hits.stream().map(h -> h.get("_id")).collect(Collectors.toSet());
    Set<Object> expected = new HashSet<>();
    for (String file : FILES) {
      for (Object m : (List<Object>) extractJson(SAMPLES.resolve(file)).get("metrics")) {
        Map<String, Object> metric = (Map<String, Object>) m;
        Map<String, Object> figure = (Map<String, Object>) metric.get("figure");
        Optional<DateValue> period = DateValue.tryParse((String) metric.get("period"));
        if ("grdp_growth".equals(metric.get("indicator"))
            && "TARGET".equals(metric.get("status"))
            && period.isPresent()
            && !period.get().start().isAfter(LocalDate.of(2025, 12, 31))
            && !period.get().end().isBefore(LocalDate.of(2025, 1, 1))
            && ((Number) figure.get("value")).doubleValue() >= 10) {
          expected.add(file);
        }
      }
    }
    assertThat(expected, hasItem("bc-ubnd-kinhte-2024.docx"));
    assertThat(found, equalTo(expected));
  }

  @SuppressWarnings("unchecked")
  public void testUnreadableFileFailsAloneWithItsReasonCode() throws Exception {
    String index = "vanban-bad";
    createIndex2x1(index);
    List<String> files =
        List.of(
            "van-ban-utf8.txt",
            "nq-12-2024-hdnd-tinh-truncated.pdf",
            "tin-bai-html.html",
            "nq-12-2024-hdnd-tinh-encrypted.pdf");
    Map<String, Object> answer = bulk(index, files);
    assertThat(answer.get("errors"), equalTo(true));
    List<Map<String, Object>> items = (List<Map<String, Object>>) answer.get("items");
    assertThat(status(items.get(0)), equalTo(201));
    assertThat(status(items.get(2)), equalTo(201));
    assertThat(status(items.get(1)), equalTo(400));
    assertThat(error(items.get(1)), containsString("CORRUPT"));
    assertThat(status(items.get(3)), equalTo(400));
    assertThat(error(items.get(3)), containsString("ENCRYPTED"));
    Map<String, Object> count = rest("GET", "/" + index + "/_count", null);
    assertThat(count.get("count"), equalTo(2));
  }

  public void testTextInputAndIgnoreMissing() throws Exception {
    rest(
        "PUT",
        "/_ingest/pipeline/vanban-text",
        "{\"processors\":[{\"vanban\":{\"field\":\"body\",\"input\":\"text\","
            + "\"target_field\":\"vanban\",\"ignore_missing\":true}}]}");
    String index = "vanban-text";
    createIndex2x1(index);
    rest(
        "PUT",
        "/" + index + "/_doc/a?pipeline=vanban-text&refresh=true",
        "{\"body\":\"Căn cứ Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh.\"}");
    rest("PUT", "/" + index + "/_doc/b?pipeline=vanban-text&refresh=true", "{\"other\":1}");
    Map<String, Object> a = source(index, "a");
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) a.get("vanban");
    assertThat(fields, notNullValue());
    assertThat(fields.get("format"), equalTo("txt"));
    assertThat(fields.get("references").toString(), containsString("205/NQ-HĐND"));
    assertThat(source(index, "b"), equalTo(Map.of("other", 1)));
  }

  /** Indexes each sample file under its name, base64 in {@code data}, through the pipeline. */
  private static Map<String, Object> bulk(String index, List<String> files) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String file : files) {
      body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(file);
      body.append("\",\"pipeline\":\"").append(PIPELINE).append("\"}}\n");
      String data = Base64.getEncoder().encodeToString(Files.readAllBytes(SAMPLES.resolve(file)));
      body.append("{\"data\":\"").append(data).append("\"}\n");
    }
    return rest("POST", "/_bulk?refresh=true", body.toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> source(String index, String id) throws IOException {
    return (Map<String, Object>) rest("GET", "/" + index + "/_doc/" + id, null).get("_source");
  }

  /** What {@code vanban extract --json FILE} prints, without source and error, as a map. */
  private static Map<String, Object> extractJson(Path file) throws Exception {
    String json =
        new AnalysisJsonWriter()
            .write(
                file.toString(),
                DefaultPipeline.create()
                    .analyze(Extractors.standard().extract(file, ExtractContext.DEFAULT)));
    Map<String, Object> map = XContentHelper.convertToMap(JsonXContent.jsonXContent, json, true);
    map.remove("source");
    map.remove("error");
    return map;
  }

  /** The fields without what AnalysisFields derives, checking the period days are there. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutDerived(Map<String, Object> fields) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    for (String derived : List.of("counts", "title", "year", "typeKey", "issuedDay", "outline")) {
      assertThat(derived, copy, hasKey(derived));
      copy.remove(derived);
    }
    for (String list : List.of("references", "metrics")) {
      List<Object> mentions = new ArrayList<>();
      for (Object m : (List<Object>) fields.get(list)) {
        Map<String, Object> mention = new LinkedHashMap<>((Map<String, Object>) m);
        assertThat(mention.toString(), mention.remove("excerpt"), notNullValue());
        if (mention.get("period") != null) {
          assertThat(mention.toString(), mention.get("periodStart"), notNullValue());
        }
        mention.remove("periodStart");
        mention.remove("periodEnd");
        mentions.add(mention);
      }
      copy.put(list, mentions);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static int status(Map<String, Object> item) {
    return (Integer) ((Map<String, Object>) item.get("index")).get("status");
  }

  @SuppressWarnings("unchecked")
  private static String error(Map<String, Object> item) {
    return String.valueOf(((Map<String, Object>) item.get("index")).get("error"));
  }
}
