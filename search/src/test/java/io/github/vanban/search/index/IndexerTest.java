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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
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
    assertTrue(
        e.getMessage().contains("holds the folder " + docs.toAbsolutePath()), e.getMessage());
    IndexReport r =
        new Indexer(TestCorpus.config().withRebuild(true))
            .index(other, index, ProgressListener.NONE);
    assertEquals(1, r.added());
    assertEquals(1, documents());
  }

  @Test
  void twoFoldersKeepTwoIdsForOneRelativePathAndDeletionsStayInTheirFolder() throws IOException {
    Path hanoi = folder("ha-noi", "bao-cao.txt", "Báo cáo Hà Nội về tàu cao tốc.");
    Path hcm = folder("tp-hcm", "bao-cao.txt", "Báo cáo Thành phố Hồ Chí Minh về tàu cao tốc.");
    Files.writeString(hcm.resolve("khac.txt"), "Văn bản khác.");
    IndexReport first = indexer.index(List.of(hanoi, hcm), index, ProgressListener.NONE);
    assertEquals(3, first.added());
    assertEquals(List.of("ha-noi/bao-cao.txt", "tp-hcm/bao-cao.txt", "tp-hcm/khac.txt"), sources());
    Files.delete(hcm.resolve("khac.txt"));
    IndexReport again = indexer.index(List.of(hcm, hanoi), index, ProgressListener.NONE);
    assertEquals(2, again.unchanged());
    assertEquals(1, again.removed());
    assertEquals(List.of("ha-noi/bao-cao.txt", "tp-hcm/bao-cao.txt"), sources());
  }

  @Test
  void aFolderLeftOffTheCommandLineKeepsItsFilesUnlessPruned() throws IOException {
    Path hanoi = folder("ha-noi", "a.txt", "Báo cáo Hà Nội.");
    Path hcm = folder("tp-hcm", "b.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    indexer.index(List.of(hanoi, hcm), index, ProgressListener.NONE);
    IndexReport alone = indexer.index(hanoi, index, ProgressListener.NONE);
    assertEquals(1, alone.unchanged());
    assertEquals(1, alone.kept());
    assertEquals(0, alone.removed());
    assertEquals(List.of("ha-noi/a.txt", "tp-hcm/b.txt"), sources());
    IndexReport pruned =
        new Indexer(TestCorpus.config().withPrune(true)).index(hanoi, index, ProgressListener.NONE);
    assertEquals(1, pruned.removed());
    assertEquals(0, pruned.kept());
    assertEquals(List.of("ha-noi/a.txt"), sources());
  }

  @Test
  void aNewFolderNamedLikeAHeldOneIsRefusedUnlessPruned() throws IOException {
    Path hanoi = folder("ha-noi", "a.txt", "Báo cáo Hà Nội.");
    Path hcm = folder("tp-hcm", "b.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    indexer.index(List.of(hanoi, hcm), index, ProgressListener.NONE);
    Path moved = Files.createDirectories(dir.resolve("luu-tru/ha-noi"));
    Files.writeString(moved.resolve("c.txt"), "Văn bản lưu trữ.");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> indexer.index(List.of(moved, hcm), index, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("holds another folder named ha-noi"), e.getMessage());
    assertEquals(List.of("ha-noi/a.txt", "tp-hcm/b.txt"), sources());
    new Indexer(TestCorpus.config().withPrune(true))
        .index(List.of(moved, hcm), index, ProgressListener.NONE);
    assertEquals(List.of("ha-noi/c.txt", "tp-hcm/b.txt"), sources());
  }

  @Test
  void anIndexOfOneFolderTakesSeveralOnlyWhenPruned() throws IOException {
    Path hanoi = folder("ha-noi", "a.txt", "Báo cáo Hà Nội.");
    Path hcm = folder("tp-hcm", "b.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    indexer.index(hanoi, index, ProgressListener.NONE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> indexer.index(List.of(hanoi, hcm), index, ProgressListener.NONE));
    assertTrue(e.getMessage().contains("--prune"), e.getMessage());
    assertEquals(List.of("a.txt"), sources());
    IndexReport r =
        new Indexer(TestCorpus.config().withPrune(true))
            .index(List.of(hanoi, hcm), index, ProgressListener.NONE);
    assertEquals(2, r.added());
    assertEquals(1, r.removed());
    assertEquals(List.of("ha-noi/a.txt", "tp-hcm/b.txt"), sources());
    IndexReport one = indexer.index(hcm, index, ProgressListener.NONE);
    assertEquals(1, one.unchanged());
    assertEquals(1, one.kept());
  }

  @Test
  void includeAndExcludeMatchThePathWithinItsFolder() throws IOException {
    Path hanoi = folder("ha-noi", "a.txt", "Báo cáo Hà Nội.");
    Files.writeString(Files.createDirectories(hanoi.resolve("nhap")).resolve("b.txt"), "Nháp.");
    Path hcm = folder("tp-hcm", "c.txt", "Báo cáo Thành phố Hồ Chí Minh.");
    new Indexer(
            TestCorpus.config()
                .withSelection(new FileSelection(List.of(), List.of("nhap/**", "ha-noi/**"))))
        .index(List.of(hanoi, hcm), index, ProgressListener.NONE);
    assertEquals(List.of("ha-noi/a.txt", "tp-hcm/c.txt"), sources());
  }

  private Path folder(String name, String file, String text) throws IOException {
    Path f = Files.createDirectories(dir.resolve(name));
    Files.writeString(f.resolve(file), text);
    return f;
  }

  /** Returns the ids of the files the index holds, sorted. */
  private List<String> sources() throws IOException {
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return IndexedFiles.read(reader).keySet().stream().sorted().toList();
    }
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
