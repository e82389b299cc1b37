package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.ChildJvm;
import io.github.vanban.search.testing.IndexChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real indexing process with {@code kill -9} ({@link Process#destroyForcibly()} sends
 * SIGKILL) twenty times, then reruns it: after every kill the index is consistent ({@link
 * CheckIndex}) with no file twice, and the rerun ends with exactly one document per file and each
 * of its metric and reference rows exactly once.
 *
 * <p>Each kill comes on observed progress, not after a guessed time: the parent watches the index
 * folder's commit generation and kills the child once it has committed one or two more times (and a
 * random few milliseconds later), so the verdict is the same on a loaded machine.
 */
class IndexerCrashTest {

  private static final int FILES = 400;
  private static final int KILLS = 20;

  @TempDir Path dir;

  @Test
  void rerunAfterTwentyKillNinesCompletesWithNoDuplicateAndNoLoss() throws Exception {
    Path docs = dir.resolve("docs");
    Path index = dir.resolve("index");
    writeFiles(docs);
    Random random = new Random(42);
    List<Integer> committedAfterKills = new ArrayList<>();
    for (int kill = 1; kill <= KILLS; kill++) {
      Process child = start(docs, index);
      awaitCommitted(child, index, count(index, IndexFields.KIND_DOC) + 1 + random.nextInt(15));
      Thread.sleep(random.nextInt(40));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
      IndexChecks.assertConsistent(index);
      int committed = count(index, IndexFields.KIND_DOC);
      assertEquals(committed, distinctSources(index), "a file twice after kill " + kill);
      assertEquals(committed, count(index, IndexFields.KIND_METRIC), "after kill " + kill);
      committedAfterKills.add(committed);
    }
    System.out.println("files committed after each kill: " + committedAfterKills);
    assertTrue(committedAfterKills.get(KILLS - 1) > 0, "no kill came after a commit");
    Process last = start(docs, index);
    ChildJvm.awaitSuccess(last, Duration.ofSeconds(120), dir.resolve("child.log"));
    IndexChecks.assertConsistent(index);
    assertEquals(FILES, count(index, IndexFields.KIND_DOC));
    assertEquals(FILES, count(index, IndexFields.KIND_METRIC));
    assertEquals(FILES, count(index, IndexFields.KIND_REF));
    assertEquals(FILES, distinctSources(index));
  }

  /** Waits until the index's last commit holds {@code files} files, or the child has ended. */
  private static void awaitCommitted(Process child, Path index, int files) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (child.isAlive() && count(index, IndexFields.KIND_DOC) < files) {
      assertTrue(System.nanoTime() < deadline, "the child committed nothing new in 120 s");
      Thread.sleep(5);
    }
  }

  private static void writeFiles(Path docs) throws IOException {
    Files.createDirectories(docs);
    for (int i = 1; i <= FILES; i++) {
      Files.writeString(
          docs.resolve(String.format("nq-%03d.txt", i)),
          "Số: "
              + (1000 + i)
              + "/NQ-HĐND\nCăn cứ Nghị quyết số 205/NQ-HĐND ngày 10/7/2024.\n"
              + "Thu hút FDI đạt "
              + i
              + " tỷ USD năm 2024.\n",
          StandardCharsets.UTF_8);
    }
  }

  private Process start(Path docs, Path index) throws IOException {
    return CrashChild.start(docs, index, dir.resolve("child.log"));
  }

  private static int count(Path index, String kind) throws IOException {
    try (FSDirectory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return new IndexSearcher(r).count(new TermQuery(new Term(IndexFields.KIND, kind)));
      }
    }
  }

  private static int distinctSources(Path index) throws IOException {
    try (FSDirectory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      return distinctSources(d);
    }
  }

  private static int distinctSources(FSDirectory d) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      Set<String> sources = new HashSet<>();
      for (ScoreDoc sd :
          s.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)), FILES * 2)
              .scoreDocs) {
        Document doc = s.storedFields().document(sd.doc, Set.of(IndexFields.SOURCE));
        sources.add(doc.get(IndexFields.SOURCE));
      }
      return sources.size();
    }
  }
}
