package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.query.Index;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index folder vanban is pointed at: it writes only into a new or empty folder or its own
 * index, never deletes a file it did not create, refuses a foreign Lucene index, names a damaged
 * index as damaged, and says why a path cannot be an index.
 */
class IndexFolderTest {

  @TempDir Path dir;

  Path docs;

  @BeforeEach
  void writeDocuments() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Số: 1/QĐ-UBND. Văn bản một.");
    Files.writeString(docs.resolve("_1.pdf"), "not really a pdf, named like a Lucene file");
    Files.writeString(docs.resolve("_2024_bao-cao.pdf"), "another Lucene-like name");
    Files.writeString(docs.resolve("_0.doc"), "a Word-like name Lucene also uses");
  }

  @Test
  void theDocumentsFolderItselfIsRefusedAndNoFileIsDeleted() throws IOException {
    List<String> before = names(docs);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> indexer(false).index(docs, docs, p -> {}));
    assertTrue(e.getMessage().contains("not a vanban index"), e.getMessage());
    assertEquals(before, names(docs));
  }

  @Test
  void aFolderOfOtherFilesIsRefusedEvenWithRebuild() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("_5.cfs"), "mine");
    assertThrows(IllegalArgumentException.class, () -> indexer(true).index(docs, other, p -> {}));
    assertEquals(List.of("_5.cfs"), names(other));
  }

  @Test
  void aNewOrEmptyFolderBecomesAnIndexAndIsReusedAfterAnInterruptedFirstRun() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    indexer(false).index(docs, empty, ProgressListener.NONE);
    indexer(false).index(docs, empty, ProgressListener.NONE);
    Path fresh = dir.resolve("fresh");
    indexer(false).index(docs, fresh, ProgressListener.NONE);
    Files.delete(
        Files.list(fresh)
            .filter(p -> p.getFileName().toString().startsWith("segments_"))
            .findFirst()
            .orElseThrow());
    // Killed before its first commit: only vanban's own files are there, and a rerun goes on.
    IndexReport r = indexer(false).index(docs, fresh, ProgressListener.NONE);
    assertTrue(r.added() > 0);
  }

  @Test
  void aPlainLuceneIndexIsRefused() throws IOException {
    Path lucene = dir.resolve("lucene");
    try (FSDirectory d = FSDirectory.open(lucene);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "x", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("other", "app").entrySet());
      w.commit();
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> indexer(false).index(docs, lucene, p -> {}));
    assertTrue(e.getMessage().contains("Lucene index vanban did not write"), e.getMessage());
    IOException q = assertThrows(IOException.class, () -> Index.open(lucene));
    assertTrue(q.getMessage().contains("not a vanban index"), q.getMessage());
  }

  @Test
  void aDamagedIndexSaysSoAndRebuildRepairsIt() throws IOException {
    Path index = dir.resolve("index");
    indexer(false).index(docs, index, ProgressListener.NONE);
    damage(index);
    DamagedIndexException e =
        assertThrows(DamagedIndexException.class, () -> indexer(false).index(docs, index, p -> {}));
    assertEquals("the index at " + index + " is damaged; run again with --rebuild", e.getMessage());
    assertThrows(DamagedIndexException.class, () -> Index.open(index));
    IndexReport r = indexer(true).index(docs, index, ProgressListener.NONE);
    assertEquals(4, r.added());
    try (Index i = Index.open(index)) {
      assertEquals(4, i.stats().documents());
    }
  }

  @Test
  void aStrangeSegmentsFileNameIsNamedNotARadixError() throws IOException {
    Path index = dir.resolve("index");
    indexer(false).index(docs, index, ProgressListener.NONE);
    Files.writeString(index.resolve("segments_ghi-chú.txt"), "a note");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> indexer(false).index(docs, index, p -> {}));
    assertTrue(e.getMessage().contains("segments_ghi-chú.txt"), e.getMessage());
    IllegalArgumentException q =
        assertThrows(IllegalArgumentException.class, () -> Index.open(index));
    assertTrue(q.getMessage().contains("segments_ghi-chú.txt"), q.getMessage());
  }

  @Test
  void aFileOrAnUncreatablePathIsRefusedWithTheReason() throws IOException {
    Path file = Files.writeString(dir.resolve("index.txt"), "x");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> indexer(false).index(docs, file, p -> {}));
    assertEquals("the index path is a file, not a folder: " + file, e.getMessage());
    Path proc = Path.of("/proc/vanban-index");
    IOException p =
        assertThrows(IOException.class, () -> indexer(false).index(docs, proc, x -> {}));
    assertTrue(
        p.getMessage().startsWith("cannot create the index folder /proc/vanban-index: "),
        p.getMessage());
  }

  private static void damage(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
          c.truncate(c.size() / 2);
        }
      }
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Indexer indexer(boolean rebuild) {
    IndexerConfig c = IndexerConfig.DEFAULT.withThreads(1).withRebuild(rebuild);
    return new Indexer(c.withExtractContext(c.extractContext().withOcr(OcrMode.OFF)));
  }
}
