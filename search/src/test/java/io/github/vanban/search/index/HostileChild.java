package io.github.vanban.search.index;

import io.github.vanban.core.testing.ChildJvm;
import io.github.vanban.extract.OcrMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The process the hostile-input tests run under {@code -Xmx256m}: indexes {@code args[0]} into
 * {@code args[1]} with the default configuration (OCR off, two threads), writes the files not
 * indexed (failed or skipped) to {@code args[2]} as JSON Lines and the threads the run left alive
 * to {@code args[3]}, one name a line. Exits 0 when the run ended, whatever it found.
 */
public final class HostileChild {

  private HostileChild() {}

  /**
   * Starts this class in a child JVM under {@code -Xmx256m}, its error stream written to {@code
   * log}.
   */
  static Process start(Path docs, Path index, Path report, Path threads, Path log)
      throws IOException {
    return ChildJvm.start(
        HostileChild.class,
        List.of("-Xmx256m"),
        log,
        docs.toString(),
        index.toString(),
        report.toString(),
        threads.toString());
  }

  /** Runs the indexer; args: folder, index, failure report, thread report. */
  public static void main(String[] args) throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    IndexerConfig config = IndexerConfig.DEFAULT.withThreads(2);
    config = config.withExtractContext(config.extractContext().withOcr(OcrMode.OFF));
    IndexReport report =
        new Indexer(config).index(Path.of(args[0]), Path.of(args[1]), ProgressListener.NONE);
    FailureReport.write(
        Stream.concat(report.failures().stream(), report.skipped().stream()).toList(),
        Path.of(args[2]));
    Files.write(Path.of(args[3]), leftAlive(before), StandardCharsets.UTF_8);
  }

  /**
   * Returns the threads started since {@code before} still alive after up to five seconds, leaving
   * out the JDK's "process reaper", which a test that starts a child process starts itself.
   */
  static List<String> leftAlive(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<String> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && !t.getName().equals("process reaper")) {
        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (t.isAlive()) {
          alive.add(t.getName());
        }
      }
    }
    return alive;
  }
}
