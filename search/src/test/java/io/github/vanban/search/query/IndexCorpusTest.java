package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Relation;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.testing.CorpusIndex;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end on the evaluation corpus with the standard extractors and pipeline (OCR off): the same
 * resolution in three formats, its citations, its metrics and accent-less search.
 */
class IndexCorpusTest {

  private static final List<String> NQ_205 =
      List.of(
          "formats/nq-205-2024-hdnd-quangninh.docx",
          "formats/nq-205-2024-hdnd-quangninh.pdf",
          "seeds/004_69de05d7962fd3a5.txt");

  static Index index;

  @BeforeAll
  static void open() throws IOException {
    index = Index.open(CorpusIndex.path());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"205/NQ-HĐND", "205/nq-hdnd", "0205/NQ-H\u00D0ND", "205 / NQ – HĐND"})
  void resolutionIsFoundInEveryFormatAndSpelling(String spelling) throws IOException {
    NumberResult r = index.number(spelling);
    assertEquals("205/NQ-HĐND", r.number());
    assertEquals(NQ_205, r.documents().stream().map(DocumentSummary::source).toList());
  }

  @Test
  void itsLegalBasisIsCitedByEachCopy() throws IOException {
    NumberResult r = index.number("176/nq-hdnd");
    assertEquals(NQ_205, r.citedBy().stream().map(Citation::source).toList());
    for (Citation c : r.citedBy()) {
      assertEquals(Relation.BASED_ON, c.relation());
      assertEquals("205/NQ-HĐND", c.number());
      assertTrue(c.snippet().startsWith("Căn cứ Nghị quyết số 176/NQ-HĐND"), c.snippet());
    }
  }

  @Test
  void fdiOf2024IsFoundInTheHighlights() throws IOException {
    List<MetricRow> rows =
        index
            .metrics(
                MetricQuery.of("fdi")
                    .withPeriod(DateValue.parse("2024"))
                    .withStatus(MetricStatus.ACTUAL))
            .rows();
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.source().equals("seeds/000_b1be12870c921d8a.txt")
                        && r.value() == 2.8e9
                        && r.unit().equals("USD")),
        rows.toString());
  }

  @Test
  void accentlessQueryFindsTheResolution() throws IOException {
    SearchResult r = index.search(SearchQuery.of("kinh te di san").withType("NQ"));
    List<String> sources = r.hits().stream().map(SearchHit::source).toList();
    assertTrue(sources.containsAll(NQ_205), sources.toString());
    assertTrue(
        r.hits().get(0).snippet().contains("<b>kinh tế di sản</b>"), r.hits().get(0).snippet());
    assertEquals(0, index.search(SearchQuery.of("kangaroo phi thuyền")).total());
  }

  @Test
  void scansWithoutOcrAreReportedNotIndexed() {
    List<Failure> failures = CorpusIndex.report().failures();
    assertTrue(
        failures.stream()
            .anyMatch(
                f ->
                    f.source().equals("formats/nq-205-2024-scan.pdf")
                        && f.reason().equals("NO_TEXT")),
        failures.toString());
  }
}
