package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Relation;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end: indexes {@link TestCorpus} into a temporary folder and asserts exact hits. */
class IndexTest {

  @TempDir static Path dir;

  static Index index;

  @BeforeAll
  static void indexCorpus() throws IOException {
    Path docs = dir.resolve("docs");
    TestCorpus.write(docs);
    new Indexer(TestCorpus.config()).index(docs, dir.resolve("index"), ProgressListener.NONE);
    index = Index.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "205/NQ-HĐND",
        "205/nq-hdnd",
        "205/NQ-HDND",
        "205/NQ-H\u00D0ND",
        "0205/NQ-HĐND",
        "205 / NQ - HĐND",
        "205/NQ\u2013HĐND",
        "205/nq-hđnd"
      })
  void numberFindsTheDocumentAndItsCitationsInEverySpelling(String spelling) throws IOException {
    NumberResult r = index.number(spelling);
    assertEquals("205/NQ-HĐND", r.number());
    assertEquals(List.of("nq/nq-205-2024.txt"), sources(r.documents()));
    assertEquals("Hội đồng nhân dân tỉnh Quảng Ninh", r.documents().get(0).header().issuer());
    assertEquals(
        List.of(
            new Citation(
                "bc/bc-45-2024.txt",
                "45/BC-UBND",
                Relation.MENTIONS,
                "205/NQ-HĐND",
                "Thực hiện Nghị quyết 205/NQ-HĐND, tỉnh đã triển khai nhiều giải pháp.",
                2),
            new Citation(
                "nq/nq-12-2025.txt",
                "12/NQ-HĐND",
                Relation.BASED_ON,
                "205/NQ-HĐND",
                "Căn cứ Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh.",
                1)),
        r.citedBy());
  }

  @Test
  void partyNumberMatchesWithoutItsLeadingZero() throws IOException {
    NumberResult r = index.number("6-nq/tu");
    assertEquals("06-NQ/TU", r.number());
    assertEquals(List.of(), r.documents());
    assertEquals(List.of("bc/bc-45-2024.txt"), r.citedBy().stream().map(Citation::source).toList());
  }

  @Test
  void numberNobodyHasFindsNothing() throws IOException {
    NumberResult r = index.number("999/QĐ-UBND");
    assertNull(r.number());
    assertEquals(List.of(), r.documents());
    assertEquals(List.of(), r.citedBy());
  }

  @Test
  void documentBySourceHasItsHeaderAndStoredText() throws IOException {
    IndexedDocument d = index.document("nq/nq-205-2024.txt").orElseThrow();
    assertEquals("205/NQ-HĐND", d.summary().number());
    assertEquals("txt", d.summary().format());
    assertTrue(d.text().contains("205/NQ-HĐND"), d.text());
    assertTrue(index.document("nq/none.txt").isEmpty());
    assertEquals(d.summary(), index.summary("nq/nq-205-2024.txt").orElseThrow());
    assertTrue(index.summary("nq/none.txt").isEmpty());
    assertTrue(index.document("../nq/nq-205-2024.txt").isEmpty());
  }

  @Test
  void numberWithoutDigitsIsRejected() {
    assertThrows(InvalidQueryException.class, () -> index.number("NQ-HĐND"));
  }

  @Test
  void metricRowsComeOldestPeriodFirst() throws IOException {
    MetricResult r = index.metrics(MetricQuery.of("FDI"));
    assertEquals("fdi", r.indicator());
    assertEquals(4, r.total());
    assertEquals(
        List.of(
            "2022 2.1E9 ACTUAL tin/di-san.txt",
            "2023 2.8E9 ACTUAL nq/nq-205-2024.txt",
            "2024 3.1E9 ESTIMATE bc/bc-45-2024.txt",
            "2025 3.5E9 TARGET nq/nq-12-2025.txt"),
        r.rows().stream().map(IndexTest::describe).toList());
    MetricRow first = r.rows().get(1);
    assertEquals("205/NQ-HĐND", first.number());
    assertEquals("USD", first.unit());
    assertEquals("Thu hút FDI đạt trên 2,8 tỷ USD năm 2023.", first.sentence());
  }

  @Test
  void metricFiltersByPeriodStatusAndValue() throws IOException {
    MetricQuery fdi = MetricQuery.of("fdi");
    assertEquals(
        List.of("2024 3.1E9 ESTIMATE bc/bc-45-2024.txt"),
        describe(fdi.withPeriod(DateValue.parse("2024"))));
    assertEquals(
        List.of("2022 2.1E9 ACTUAL tin/di-san.txt", "2023 2.8E9 ACTUAL nq/nq-205-2024.txt"),
        describe(fdi.withStatus(MetricStatus.ACTUAL)));
    assertEquals(
        List.of("2023 2.8E9 ACTUAL nq/nq-205-2024.txt", "2024 3.1E9 ESTIMATE bc/bc-45-2024.txt"),
        describe(fdi.withValues(2.5e9, 3.2e9)));
    assertEquals(List.of(), describe(MetricQuery.of("coal_output")));
  }

  @Test
  void accentlessQueryFindsTheTextWithDiacritics() throws IOException {
    SearchResult r = index.search(SearchQuery.of("kinh te di san"));
    assertEquals(3, r.total());
    assertEquals(
        List.of("tin/khong-dau.txt", "tin/di-san.txt", "bc/bc-45-2024.txt"), hitSources(r));
    assertEquals(
        "Quảng Ninh phát triển <b>kinh tế di sản</b> Tỉnh đẩy mạnh <b>kinh tế di sản</b> gắn với"
            + " du lịch bền vững. Thu hút FDI đạt 2,1 tỷ USD năm 2022.",
        r.hits().get(1).snippet());
  }

  @Test
  void exactDiacriticsRankHigherAndAdjacentWordsAboveScatteredOnes() throws IOException {
    // bc-45 has every syllable with its diacritics, but apart: "Kinh tế tư nhân ... di sản".
    assertEquals(
        List.of("tin/di-san.txt", "tin/khong-dau.txt", "bc/bc-45-2024.txt"),
        hitSources(index.search(SearchQuery.of("kinh tế di sản"))));
  }

  @Test
  void queryWithNoHitsReturnsNothing() throws IOException {
    SearchResult r = index.search(SearchQuery.of("tàu vũ trụ"));
    assertEquals(0, r.total());
    assertEquals(List.of(), r.hits());
    assertEquals(Map.of(), r.facets());
  }

  @Test
  void facetsCountEveryMatchingDocument() throws IOException {
    SearchResult r = index.search(SearchQuery.of("Quảng Ninh"));
    assertEquals(5, r.total());
    assertEquals(Map.of("NQ", 2, "BC", 1), r.facets().get("type"));
    assertEquals(Map.of("2024", 2, "2025", 1), r.facets().get("year"));
    assertEquals(Map.of("txt", 5), r.facets().get("format"));
  }

  @Test
  void filtersByTypeIssuerAndDate() throws IOException {
    SearchQuery all = SearchQuery.of("");
    assertEquals(
        List.of("nq/nq-12-2025.txt", "nq/nq-205-2024.txt"),
        sorted(index.search(all.withType("nq"))));
    assertEquals(
        List.of("bc/bc-45-2024.txt"), sorted(index.search(all.withIssuer("uy ban nhan dan"))));
    assertEquals(
        List.of("bc/bc-45-2024.txt", "nq/nq-205-2024.txt"),
        sorted(index.search(all.withIssued(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
  }

  @Test
  void documentNumbersAndFieldsWorkInQuerySyntax() throws IOException {
    assertEquals(
        List.of("bc/bc-45-2024.txt", "nq/nq-12-2025.txt", "nq/nq-205-2024.txt"),
        sorted(index.search(SearchQuery.of("205/nq-hdnd"))));
    assertEquals(
        List.of("nq/nq-205-2024.txt"), sorted(index.search(SearchQuery.of("number:205/nq-hdnd"))));
    assertEquals(
        List.of("bc/bc-45-2024.txt", "nq/nq-12-2025.txt"),
        sorted(index.search(SearchQuery.of("cites:205/NQ-HDND"))));
    assertEquals(
        List.of("nq/nq-12-2025.txt"), sorted(index.search(SearchQuery.of("year:[2025 TO *]"))));
    assertEquals(
        List.of("nq/nq-12-2025.txt"),
        sorted(index.search(SearchQuery.of("format:TXT AND year:2025"))));
    assertEquals(List.of(), sorted(index.search(SearchQuery.of("format:pdf"))));
    // nq-205 mentions 08/12/2023, nq-12 mentions 10/7/2024 (the dates the real recogniser finds).
    assertEquals(
        List.of("nq/nq-205-2024.txt"), sorted(index.search(SearchQuery.of("date:2023-12"))));
    assertEquals(
        List.of("nq/nq-12-2025.txt"),
        sorted(index.search(SearchQuery.of("title:\"dau tu cong\""))));
    assertEquals(
        List.of("tin/di-san.txt", "tin/khong-dau.txt"),
        sorted(index.search(SearchQuery.of("bền*"))));
    assertEquals(
        List.of("tin/khong-dau.txt"), sorted(index.search(SearchQuery.of("du lịch -FDI"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kinh tế AND", "\"kinh tế", "foo:bar", "year:abc", "(du lịch"})
  void malformedQueryIsOneLineError(String query) {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of(query)));
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void statsCountDocumentsAndMentions() throws IOException {
    IndexStats s = index.stats();
    assertEquals(5, s.documents());
    assertEquals(4, s.metrics());
    assertEquals(5, s.references());
    assertEquals(Map.of("txt", 5), s.byFormat());
    assertEquals(Map.of("NQ", 2, "BC", 1), s.byType());
    assertEquals(Map.of("fdi", 4), s.byIndicator());
  }

  @Test
  void concurrentQueriesShareOneIndex() throws Exception {
    SearchResult expected = index.search(SearchQuery.of("kinh te di san"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SearchResult>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> index.search(SearchQuery.of("kinh te di san"))));
        pool.submit(() -> index.number("205/nq-hdnd"));
        pool.submit(
            () -> {
              index.refresh();
              return null;
            });
      }
      for (Future<SearchResult> r : results) {
        assertEquals(hitSources(expected), hitSources(r.get()));
        assertEquals(expected.facets(), r.get().facets());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void openingAFolderWithoutIndexFails() {
    assertThrows(MissingIndexException.class, () -> Index.open(dir.resolve("docs")));
    assertThrows(MissingIndexException.class, () -> Index.open(dir.resolve("nowhere")));
  }

  private static List<String> sources(List<DocumentSummary> docs) {
    return docs.stream().map(DocumentSummary::source).toList();
  }

  private static List<String> hitSources(SearchResult r) {
    return r.hits().stream().map(SearchHit::source).toList();
  }

  private static List<String> sorted(SearchResult r) {
    return hitSources(r).stream().sorted().toList();
  }

  private static String describe(MetricRow r) {
    return r.period() + " " + r.value() + " " + r.status() + " " + r.source();
  }

  private List<String> describe(MetricQuery q) throws IOException {
    return index.metrics(q).rows().stream().map(IndexTest::describe).toList();
  }
}
