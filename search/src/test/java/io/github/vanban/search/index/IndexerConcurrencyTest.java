package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers and writers at once: queries from several threads while an indexing run commits, and a
 * second indexing process on an index another one is writing.
 */
class IndexerConcurrencyTest {

  private static final int FILES = 200;

  @TempDir Path dir;

  Path docs;
  Path index;

  @BeforeEach
  void writeDocuments() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    index = dir.resolve("index");
    writeFiles(0, FILES);
  }

  private void writeFiles(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      Files.writeString(
          docs.resolve(String.format("nq-%03d.txt", i)),
          "Số: " + (1000 + i) + "/NQ-HĐND\nThu hút FDI đạt " + i + " tỷ USD năm 2024.\n");
    }
  }

  @Test
  void queriesFromSeveralThreadsSeeCommitsGrowWithoutErrors() throws Exception {
    IndexerConfig config =
        TestCorpus.config()
            .withPipeline(TestCorpus.config().pipeline().with(new CrashChild.Pause()))
            .withCommits(Duration.ofMillis(100), 5);
    try (var files = Files.list(docs)) {
      for (Path f : files.filter(f -> !f.endsWith("nq-000.txt")).toList()) {
        Files.delete(f);
      }
    }
    new Indexer(config).index(docs, index, ProgressListener.NONE);
    writeFiles(1, FILES);
    AtomicBoolean indexing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Index reader = Index.open(index)) {
      List<Future<Integer>> queries = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        queries.add(pool.submit(() -> queryWhile(reader, indexing)));
      }
      Future<IndexReport> run =
          pool.submit(
              () -> {
                try {
                  return new Indexer(config).index(docs, index, ProgressListener.NONE);
                } finally {
                  indexing.set(false);
                }
              });
      assertTrue(run.get(60, TimeUnit.SECONDS).complete());
      for (Future<Integer> q : queries) {
        assertTrue(q.get(10, TimeUnit.SECONDS) > 0, "a query thread ran no query");
      }
      reader.refresh();
      assertEquals(FILES, reader.search(SearchQuery.of("FDI")).total());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Searches and refreshes until indexing ends; returns the number of queries run. */
  private static int queryWhile(Index reader, AtomicBoolean indexing) throws IOException {
    int queries = 0;
    long seen = 0;
    while (indexing.get()) {
      reader.refresh();
      long total = reader.search(SearchQuery.of("FDI")).total();
      reader.number("1005/NQ-HĐND");
      assertTrue(total >= seen && total <= FILES, "hits went from " + seen + " to " + total);
      seen = total;
      queries++;
    }
    return queries;
  }

  @Test
  void aSecondIndexingProcessFailsFastWithTheLockNamed() throws Exception {
    Process first = CrashChild.start(docs, index, dir.resolve("child.log"));
    try {
      awaitFirstCommit(first);
      long start = System.nanoTime();
      IndexLockedException e =
          assertThrows(
              IndexLockedException.class,
              () -> new Indexer(TestCorpus.config()).index(docs, index, ProgressListener.NONE));
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "the second run waited");
      assertEquals("index is locked by another process: " + index, e.getMessage());
      assertTrue(first.isAlive(), "the first process was disturbed");
    } finally {
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private boolean committed() throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(d);
    }
  }

  private void awaitFirstCommit(Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!committed()) {
      assertTrue(child.isAlive(), "the first process ended early");
      assertTrue(System.nanoTime() < deadline, "the first process committed nothing in 60 s");
      Thread.sleep(20);
    }
  }
}
