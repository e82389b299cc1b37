package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sort order and paging of metric queries, on files whose names, periods and positions each pull
 * the order another way.
 */
class MetricSearchTest {

  /** Every FDI mention of the files below, in the order the query must return them. */
  static final List<String> ORDER =
      List.of(
          "2021/2025 z/muon.txt 7.0E9",
          "2024-Q1 z/muon.txt 6.0E9",
          "2024 0/dau.txt 5.0E8",
          "2024 a/mot.txt 1.0E9",
          "2024 a/mot.txt 1.1E9",
          "2024-Q4 b/hai.txt 2.0E9",
          "null 0/dau.txt 3.0E9");

  @TempDir static Path dir;

  static Index index;

  @BeforeAll
  static void indexFiles() throws IOException {
    Path docs = dir.resolve("docs");
    write(
        docs.resolve("z/muon.txt"), "Thu hút FDI đạt 6,0 tỷ USD năm 2024-Q1.", "7,0", "2021/2025");
    write(docs.resolve("b/hai.txt"), "Thu hút FDI đạt 2,0 tỷ USD năm 2024-Q4.");
    write(docs.resolve("a/mot.txt"), "Thu hút FDI đạt 1,0 tỷ USD năm 2024.", "1,1", "2024");
    write(docs.resolve("0/dau.txt"), "Thu hút FDI ước đạt 3,0 tỷ USD.", "0,5", "2024");
    new Indexer(TestCorpus.config()).index(docs, dir.resolve("index"), ProgressListener.NONE);
    index = Index.open(dir.resolve("index"));
  }

  /** Writes a file holding {@code first} and, when given, a second mention of value and period. */
  private static void write(Path file, String first, String... second) throws IOException {
    String text = first;
    if (second.length == 2) {
      text += " Tiếp đó, thu hút FDI đạt " + second[0] + " tỷ USD năm " + second[1] + ".";
      text = text.replace("thu hút FDI", "Thu hút FDI");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void sortsByPeriodStartThenEndThenSourceThenPositionWithoutPeriodLast() throws IOException {
    MetricResult r = index.metrics(MetricQuery.of("fdi"));
    assertEquals(ORDER, describe(r));
    assertEquals(ORDER.size(), r.total());
    assertEquals(0, r.offset());
    assertFalse(r.hasMore());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 6, 7, 8})
  void pagesJoinIntoTheWholeOrderEachWithTheExactTotal(int size) throws IOException {
    List<String> joined = new ArrayList<>();
    for (int offset = 0; offset < ORDER.size(); offset += size) {
      MetricResult page = index.metrics(MetricQuery.of("fdi").withPage(offset, size));
      assertEquals(ORDER.size(), page.total());
      assertEquals(offset, page.offset());
      assertEquals(Math.min(size, ORDER.size() - offset), page.rows().size());
      assertEquals(offset + size < ORDER.size(), page.hasMore());
      joined.addAll(describe(page));
    }
    assertEquals(ORDER, joined);
  }

  @Test
  void allFromAnOffsetReturnsTheRest() throws IOException {
    MetricResult r = index.metrics(MetricQuery.of("fdi").withAllFrom(5));
    assertEquals(ORDER.subList(5, ORDER.size()), describe(r));
    assertEquals(ORDER.size(), r.total());
  }

  @Test
  void pageBeyondTheMatchesIsEmptyButCounts() throws IOException {
    MetricResult r = index.metrics(MetricQuery.of("fdi").withPage(20, 5));
    assertEquals(List.of(), r.rows());
    assertEquals(ORDER.size(), r.total());
    assertEquals(ORDER.size(), index.metrics(MetricQuery.of("fdi").withPage(0, 0)).total());
  }

  @Test
  void totalCountsTheFilteredMatchesOnly() throws IOException {
    MetricResult r =
        index.metrics(
            MetricQuery.of("fdi").withValues(1.0e9, 6.5e9).withStatus(MetricStatus.ACTUAL));
    assertEquals(
        List.of(
            "2024-Q1 z/muon.txt 6.0E9",
            "2024 a/mot.txt 1.0E9",
            "2024 a/mot.txt 1.1E9",
            "2024-Q4 b/hai.txt 2.0E9"),
        describe(r));
    assertEquals(4, r.total());
    assertTrue(index.metrics(MetricQuery.of("coal_output")).rows().isEmpty());
    assertEquals(0, index.metrics(MetricQuery.of("coal_output")).total());
  }

  @Test
  void negativePageIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> MetricQuery.of("fdi").withPage(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> MetricQuery.of("fdi").withPage(0, -5));
  }

  private static List<String> describe(MetricResult r) {
    return r.rows().stream().map(m -> m.period() + " " + m.source() + " " + m.value()).toList();
  }
}
