package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractor;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.extract.text.TextExtractor;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.SearchQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile folders: fifty thousand tiny files under {@code -Xmx256m}, a file deleted between listing
 * and reading, a file rewritten while it is being indexed. Each run must leave no thread behind.
 *
 * <p>Unreadable files: the tests run as root (here and in CI), so {@code chmod 000} stops nothing;
 * unreadability is simulated by a file deleted after the listing (here), and by a named pipe and a
 * folder named like a file ({@link HostileFilesTest}).
 */
class HostileFolderTest {

  @TempDir Path dir;

  Path docs;
  Path index;
  Set<Thread> threadsBefore;

  @BeforeEach
  void recordThreads() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    index = dir.resolve("index");
    threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  @AfterEach
  void noThreadIsLeftRunning() throws InterruptedException {
    assertEquals(List.of(), HostileChild.leftAlive(threadsBefore));
  }

  @Test
  void fiftyThousandTinyFilesAreIndexedInA256MegabyteHeap() throws Exception {
    for (int folder = 0; folder < 50; folder++) {
      Path sub = Files.createDirectories(docs.resolve(String.format("q%02d", folder)));
      for (int i = 0; i < 1000; i++) {
        int n = folder * 1000 + i;
        Files.writeString(sub.resolve(n + ".txt"), "Số: " + n + "/QĐ-UBND. Vốn đạt " + n + " tỷ.");
      }
    }
    Path report = dir.resolve("report.jsonl");
    Path threads = dir.resolve("threads.txt");
    Path log = dir.resolve("child.log");
    Process child = HostileChild.start(docs, index, report, threads, log);
    // A guard against a hang, not a speed test: speed is measured by the benchmarks.
    boolean ended = child.waitFor(15, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }
    String errors = Files.readString(log);
    assertTrue(ended, "indexing 50 000 files did not end within 15 minutes");
    assertEquals(0, child.exitValue(), errors.substring(Math.max(0, errors.length() - 3000)));
    assertEquals("", Files.readString(report));
    assertEquals(List.of(), Files.readAllLines(threads));
    try (Index i = Index.open(index)) {
      assertEquals(50_000, i.stats().documents());
      assertEquals(1, i.search(SearchQuery.of("\"49999/QĐ-UBND\"")).total());
    }
  }

  @Test
  void aFileDeletedBetweenListingAndReadingIsReportedAndTheRestIndexed() throws IOException {
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      Files.writeString(docs.resolve(name), "Văn bản " + name + " về kế hoạch năm 2025.");
    }
    AtomicBoolean deleted = new AtomicBoolean();
    ProgressListener deleteB =
        p -> {
          if (deleted.compareAndSet(false, true)) {
            delete(docs.resolve("b.txt"));
          }
        };
    IndexReport r = new Indexer(config().withThreads(1)).index(docs, index, deleteB);
    assertEquals(
        List.of(new Failure("b.txt", "UNREADABLE", "the file disappeared before it was read")),
        r.failures());
    assertEquals(2, r.added());
    assertEquals(2, documents());
  }

  @Test
  void aSymbolicLinkSwappedInAfterTheListingIsNotFollowed() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("bi-mat.txt"), "BIMAT-SWAP-4242 văn bản.");
    Files.writeString(docs.resolve("a.txt"), "Văn bản a về kế hoạch năm 2025.");
    Files.writeString(docs.resolve("b.txt"), "Văn bản b về kế hoạch năm 2025.");
    Path sub = Files.createDirectories(docs.resolve("c"));
    Files.writeString(sub.resolve("d.txt"), "Văn bản d về kế hoạch năm 2025.");
    AtomicBoolean swapped = new AtomicBoolean();
    ProgressListener swap =
        p -> {
          if (swapped.compareAndSet(false, true)) {
            try {
              Files.delete(docs.resolve("b.txt"));
              Files.createSymbolicLink(docs.resolve("b.txt"), secret);
              Files.delete(sub.resolve("d.txt"));
              Files.delete(sub);
              Files.createSymbolicLink(sub, outside);
              Files.createSymbolicLink(outside.resolve("d.txt"), secret);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    IndexReport r = new Indexer(config().withThreads(1)).index(docs, index, swap);
    assertEquals(
        List.of("b.txt: UNREADABLE", "c/d.txt: UNREADABLE"),
        r.failures().stream().map(f -> f.source() + ": " + f.reason()).toList());
    assertTrue(r.failures().get(0).message().contains("symbolic link"), r.failures().toString());
    assertTrue(r.failures().get(1).message().contains("symbolic link"), r.failures().toString());
    try (Index i = Index.open(index)) {
      assertEquals(0, i.search(SearchQuery.of("BIMAT-SWAP-4242")).total());
      assertEquals(1, i.stats().documents());
    }
  }

  @Test
  void namesDifferingOnlyInInvalidUtf8BytesKeepTwoStableIds() throws Exception {
    // Java cannot write such names (it encodes in UTF-8): the shell writes the raw bytes.
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "cd \"$1\" && printf 'Văn bản một 1/QĐ-UBND.' > \"$(printf 'a\\377.txt')\""
                    + " && printf 'Văn bản hai 2/QĐ-UBND.' > \"$(printf 'a\\376.txt')\"",
                "sh",
                docs.toString())
            .inheritIO()
            .start();
    assertEquals(0, p.waitFor());
    IndexReport first = new Indexer(config()).index(docs, index, ProgressListener.NONE);
    assertEquals(2, first.added(), String.valueOf(first.failures()));
    assertEquals(2, documents());
    IndexReport second = new Indexer(config()).index(docs, index, ProgressListener.NONE);
    assertEquals(2, second.unchanged());
    assertEquals(0, second.added() + second.updated() + second.removed());
    try (Index i = Index.open(index)) {
      assertEquals(
          List.of("a%FE.txt"),
          i.search(SearchQuery.of("\"2/QĐ-UBND\"")).hits().stream().map(h -> h.source()).toList());
    }
  }

  @Test
  void aFileRewrittenWhileBeingIndexedIsCaughtUpByTheNextRun() throws IOException {
    Path file = Files.writeString(docs.resolve("dang-sua.txt"), "Bản cũ: kế hoạch năm 2024.");
    TextExtractor text = new TextExtractor();
    Extractors rewriting =
        Extractors.standard()
            .with(
                new Extractor() {
                  @Override
                  public FileFormat format() {
                    return text.format();
                  }

                  @Override
                  public ExtractedDocument extract(InputStream in, ExtractContext context)
                      throws ExtractionException, IOException {
                    // The editor saves while vanban reads: after hashing, before the text is read.
                    Files.writeString(file, "Bản mới: kế hoạch năm 2025, bổ sung.");
                    return text.extract(in, context);
                  }
                });
    IndexReport first =
        new Indexer(config().withExtractors(rewriting)).index(docs, index, ProgressListener.NONE);
    assertEquals(1, first.added());
    assertEquals(1, documents());
    IndexReport second = new Indexer(config()).index(docs, index, ProgressListener.NONE);
    assertEquals(1, second.updated(), "the rerun sees the new content");
    IndexReport third = new Indexer(config()).index(docs, index, ProgressListener.NONE);
    assertEquals(1, third.unchanged());
    try (Index i = Index.open(index)) {
      assertEquals(1, i.stats().documents());
      assertEquals(1, i.search(SearchQuery.of("bổ sung")).total());
    }
  }

  private static IndexerConfig config() {
    IndexerConfig c = IndexerConfig.DEFAULT.withThreads(2);
    return c.withExtractContext(c.extractContext().withOcr(OcrMode.OFF));
  }

  private long documents() throws IOException {
    try (Index i = Index.open(index)) {
      return i.stats().documents();
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
