package io.github.vanban.search.index;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.testing.ChildJvm;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The process {@link IndexerCrashTest} kills: indexes {@code args[0]} into {@code args[1]} slowly
 * (a pause per file) with frequent commits, and exits 0 when done.
 */
public final class CrashChild {

  private CrashChild() {}

  /** A stage that only waits, so the run lasts long enough to be killed in the middle. */
  static final class Pause implements Stage {
    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return document;
    }
  }

  /** Starts this class in a child JVM indexing {@code docs} into {@code index}. */
  public static Process start(Path docs, Path index, Path errorLog) throws IOException {
    return ChildJvm.start(CrashChild.class, List.of(), errorLog, docs.toString(), index.toString());
  }

  /** Runs the indexer; args: the folder to index and the index folder. */
  public static void main(String[] args) throws Exception {
    IndexerConfig config = TestCorpus.config();
    config =
        config
            .withPipeline(config.pipeline().with(new Pause()))
            .withCommits(Duration.ofMillis(200), 7);
    new Indexer(config).index(Path.of(args[0]), Path.of(args[1]), ProgressListener.NONE);
  }
}
