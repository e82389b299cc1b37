package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.testing.IndexChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index folder that cannot be written: on a read-only file system, locked by another writer, on
 * a full disk. The run fails with a clear {@link IOException}, the last commit stays readable and
 * consistent ({@link CheckIndex}), and a rerun once the disk has room completes the index. The full
 * and read-only disks are real: a small tmpfs mounted for the test ({@link Tmpfs}).
 */
class HostileIndexDirTest {

  private static final int FILES = 400;

  @TempDir Path dir;

  Path docs;

  @BeforeEach
  void writeDocuments() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder("Số: " + i + "/QĐ-UBND\n");
      for (int k = 0; k < 40; k++) {
        text.append("Dòng ").append(i * 100 + k).append(" về kế hoạch mã ").append(k * i);
        text.append(" năm ").append(1990 + (i + k) % 35).append(".\n");
      }
      Files.writeString(docs.resolve(i + ".txt"), text);
    }
  }

  @Test
  void aFullDiskFailsClearlyKeepsTheLastCommitAndTheRerunCompletes() throws IOException {
    Path mount = dir.resolve("mnt");
    Path index = mount.resolve("index");
    try (Tmpfs disk = Tmpfs.mount(mount, "256k")) {
      IOException e = assertThrows(IOException.class, () -> indexer().index(docs, index, p -> {}));
      assertTrue(messages(e).contains("No space left on device"), messages(e));
      IndexChecks.assertConsistent(index);
      disk.remount("rw,size=64m");
      IndexReport r = indexer().index(docs, index, ProgressListener.NONE);
      assertTrue(r.complete(), String.valueOf(r.failures()));
      assertEquals(FILES, documents(index));
      IndexChecks.assertConsistent(index);
    }
  }

  @Test
  void aReadOnlyIndexFolderFailsClearlyAndStaysReadable() throws IOException {
    Path mount = dir.resolve("mnt");
    Path index = mount.resolve("index");
    try (Tmpfs disk = Tmpfs.mount(mount, "64m")) {
      indexer().index(docs, index, ProgressListener.NONE);
      disk.remount("ro");
      Files.writeString(docs.resolve("moi.txt"), "Văn bản mới.");
      IOException e = assertThrows(IOException.class, () -> indexer().index(docs, index, p -> {}));
      assertTrue(messages(e).contains("Read-only file system"), messages(e));
      assertEquals(FILES, documents(index));
      disk.remount("rw");
    }
  }

  @Test
  void anIndexLockedByAnotherWriterFailsFastAndIsLeftAlone() throws IOException {
    Path index = dir.resolve("index");
    indexer().index(docs, index, ProgressListener.NONE);
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(d, new IndexWriterConfig())) {
      long start = System.nanoTime();
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> indexer().index(docs, index, p -> {}));
      assertEquals("index is locked by another process: " + index, e.getMessage());
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "waited for the lock");
      other.rollback();
    }
    assertEquals(FILES, documents(index));
  }

  private static Indexer indexer() {
    IndexerConfig c = IndexerConfig.DEFAULT.withThreads(2);
    return new Indexer(c.withExtractContext(c.extractContext().withOcr(OcrMode.OFF)));
  }

  private static long documents(Path index) throws IOException {
    try (Index i = Index.open(index)) {
      return i.stats().documents();
    }
  }

  private static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append(" | ");
      for (Throwable s : t.getSuppressed()) {
        sb.append(s).append(" | ");
      }
    }
    return sb.toString();
  }
}
