package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  @TempDir Path dir;

  Path docs;
  Path index;
  final Indexer indexer = new Indexer(TestCorpus.config());

  @BeforeEach
  void writeCorpus() throws IOException {
    docs = dir.resolve("docs");
    index = dir.resolve("index");
    TestCorpus.write(docs);
  }

  @Test
  void firstRunIndexesEveryReadableFileAndReportsTheOthers() throws IOException {
    List<Progress> progress = new ArrayList<>();
    IndexReport r = indexer.index(docs, index, progress::add);
    assertEquals(TestCorpus.INDEXED + TestCorpus.FAILING, r.files());
    assertEquals(TestCorpus.INDEXED, r.added());
    assertEquals(0, r.updated() + r.unchanged() + r.removed());
    assertEquals(
        List.of(new Failure("loi/rong.txt", "NO_TEXT", "the file is empty")), r.failures());
    assertEquals(
        List.of(new Failure("loi/anh.png", "UNSUPPORTED", r.skipped().get(0).message())),
        r.skipped());
    assertEquals(r.files(), progress.size());
    assertEquals(r.files(), progress.get(progress.size() - 1).done());
    assertEquals(TestCorpus.INDEXED, documents());
  }

  @Test
  void rerunSkipsUnchangedReplacesChangedAndRemovesDeletedFiles() throws IOException {
    indexer.index(docs, index, ProgressListener.NONE);
    Files.writeString(
        docs.resolve("tin/di-san.txt"), "Thu hút FDI đạt 9,9 tỷ USD năm 2021. Tàu cao tốc.");
    Files.delete(docs.resolve("tin/khong-dau.txt"));
    Files.writeString(docs.resolve("tin/moi.txt"), "Tin mới về tàu cao tốc.");
    IndexReport r = indexer.index(docs, index, ProgressListener.NONE);
    assertEquals(1, r.added());
    assertEquals(1, r.updated());
    assertEquals(3, r.unchanged());
    assertEquals(1, r.removed());
    try (Index i = Index.open(index)) {
      assertEquals(TestCorpus.INDEXED, i.stats().documents());
      assertEquals(2, i.search(SearchQuery.of("tau cao toc")).total());
      assertEquals(1, i.search(SearchQuery.of("kinh te di san")).total());
      assertEquals(
          List.of("2021", "2023", "2024", "2025"),
          i.metrics(MetricQuery.of("fdi")).rows().stream().map(m -> m.period()).toList());
    }
  }

  @Test
  void aFileThatBecomesUnreadableLeavesTheIndex() throws IOException {
    indexer.index(docs, index, ProgressListener.NONE);
    Files.write(docs.resolve("tin/di-san.txt"), new byte[0]);
    IndexReport r = indexer.index(docs, index, ProgressListener.NONE);
    assertTrue(r.failures().stream().anyMatch(f -> f.source().equals("tin/di-san.txt")));
    try (Index i = Index.open(index)) {
      assertEquals(TestCorpus.INDEXED - 1, i.stats().documents());
    }
  }

  @Test
  void anotherRootIsRefusedUnlessRebuilding() throws IOException {
    indexer.index(docs, index, ProgressListener.NONE);
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("a.txt"), "Một văn bản khác.");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> indexer.index(other, index, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("root folder"), e.getMessage());
    IndexReport r =
        new Indexer(TestCorpus.config().withRebuild(true))
            .index(other, index, ProgressListener.NONE);
    assertEquals(1, r.added());
    assertEquals(1, documents());
  }

  @Test
  void anIndexInsideTheRootIsNotIndexed() throws IOException {
    Path inside = docs.resolve("vanban-index");
    indexer.index(docs, inside, ProgressListener.NONE);
    IndexReport again = indexer.index(docs, inside, ProgressListener.NONE);
    assertEquals(TestCorpus.INDEXED + TestCorpus.FAILING, again.files());
    assertEquals(TestCorpus.INDEXED, again.unchanged());
  }

  @Test
  void emptyFolderGivesAnEmptyIndex() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    IndexReport r = indexer.index(empty, index, ProgressListener.NONE);
    assertEquals(0, r.files());
    assertTrue(r.complete());
    assertEquals(0, documents());
  }

  @Test
  void aFileInsteadOfAFolderIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> indexer.index(docs.resolve("tin/di-san.txt"), index, ProgressListener.NONE));
  }

  private long documents() throws IOException {
    try (Index i = Index.open(index)) {
      return i.stats().documents();
    }
  }
}
