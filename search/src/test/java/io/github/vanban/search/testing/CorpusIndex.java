package io.github.vanban.search.testing;

import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation corpus's seeds, formats and real documents ({@link EvalDir}) indexed once per test
 * JVM with the standard pipeline and OCR off, for the tests that need real documents; deleted when
 * the JVM exits. The three groups are copied first, so that documents added to other groups of the
 * corpus do not change what these tests see.
 */
public final class CorpusIndex {

  private static final List<String> GROUPS = List.of("seeds", "formats", "real");

  private static Path path;
  private static IndexReport report;

  private CorpusIndex() {}

  /** Returns the index folder, building it on first use. */
  public static synchronized Path path() {
    if (path == null) {
      build();
    }
    return path;
  }

  /** Returns the report of the run that built it. */
  public static synchronized IndexReport report() {
    path();
    return report;
  }

  private static void build() {
    try {
      Path dir = Files.createTempDirectory("vanban-corpus-index");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      IndexerConfig config =
          IndexerConfig.DEFAULT
              .withThreads(2)
              .withExtractContext(IndexerConfig.DEFAULT.extractContext().withOcr(OcrMode.OFF));
      Path corpus = dir.resolve("corpus");
      for (String group : GROUPS) {
        copy(EvalDir.root().resolve("corpus").resolve(group), corpus.resolve(group));
      }
      report = new Indexer(config).index(corpus, dir.resolve("index"), ProgressListener.NONE);
      path = dir.resolve("index");
    } catch (IOException e) {
      throw new UncheckedIOException("indexing the evaluation corpus failed", e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort at exit: the folder is in the temporary directory.
    }
  }
}
