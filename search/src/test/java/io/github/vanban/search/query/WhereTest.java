package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.testing.FolderIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: each metric of the index, and each hit's snippet, says where it stands in its file's
 * structure. The sample resolution 12/NQ-HĐND reviews 2024 in Điều 1 (no clauses) and sets the 2025
 * targets in Điều 2, khoản 2, one point per target (a, b, c...); the sample letter in plain text
 * has no structure.
 */
class WhereTest {

  @TempDir static Path dir;

  static Index index;

  @BeforeAll
  static void indexTheResolutionAndALetter() throws IOException {
    index = Index.open(FolderIndex.ofSamples(dir, "nq-12-2024-hdnd-tinh.docx", "van-ban-utf8.txt"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theResolutionsMetricsStandInTheirArticleClauseAndPoint() throws IOException {
    assertEquals(
        List.of("2024 Điều 1", "2025 Điều 2, khoản 2, điểm a"), wheres("grdp_growth", "nq-12"));
    assertEquals(List.of("2024 Điều 1", "2025 Điều 2, khoản 2, điểm đ"), wheres("fdi", "nq-12"));
    assertEquals(List.of("2025 Điều 2, khoản 2, điểm k"), wheres("health_insurance_rate", "nq-12"));
  }

  @Test
  void aMetricOfATextWithoutStructureStandsNowhere() throws IOException {
    List<MetricRow> rows = rows("grdp_growth", "van-ban");
    assertTrue(!rows.isEmpty());
    assertEquals(
        Arrays.asList(new String[rows.size()]), rows.stream().map(MetricRow::where).toList());
  }

  @Test
  void theJsonRowCarriesWhere() throws IOException {
    String json =
        new QueryJsonWriter().write(index.metrics(MetricQuery.of("health_insurance_rate")));
    assertTrue(json.contains("\"end\":2877,\"where\":\"Điều 2, khoản 2, điểm k\"}"), json);
  }

  @Test
  void aHitSaysWhereItsSnippetsMatchesStand() throws IOException {
    assertEquals(List.of("Điều 2, khoản 2, điểm k"), hitWheres("\"bảo hiểm y tế\""));
    assertEquals(List.of("Điều 1"), hitWheres("\"thiệt hại nặng nề\""));
  }

  @Test
  void aHitOfATextWithoutStructureStandsNowhere() throws IOException {
    SearchResult r = index.search(SearchQuery.of("grdp").withType("TTr"));
    assertEquals(1, r.hits().size(), r.hits().toString());
    assertEquals(null, r.hits().get(0).where());
  }

  private static List<String> hitWheres(String query) throws IOException {
    return index.search(SearchQuery.of(query)).hits().stream().map(SearchHit::where).toList();
  }

  private static List<String> wheres(String indicator, String sourcePrefix) throws IOException {
    return rows(indicator, sourcePrefix).stream().map(r -> r.period() + " " + r.where()).toList();
  }

  private static List<MetricRow> rows(String indicator, String sourcePrefix) throws IOException {
    return index.metrics(MetricQuery.of(indicator)).rows().stream()
        .filter(r -> r.source().startsWith(sourcePrefix))
        .toList();
  }
}
