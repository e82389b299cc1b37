package io.github.vanban.bench.index;

import io.github.vanban.bench.TikaText;
import io.github.vanban.bench.generate.GenerateBench;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban-bench index}: extracts, analyses and indexes a folder with vanban's {@link Indexer}
 * (a fresh index, OCR off) and reports documents/s, pages/s, MB/s, the peak heap and the index size
 * per document; with {@code --tika}, also times Tika's AutoDetectParser extracting the same files
 * on as many threads, and the ratio.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "End-to-end extract + analyse + index throughput of a folder.")
public final class IndexBench implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The folder to index (recursively).")
  Path root;

  @Option(names = "--index", description = "Where to write the index (default: a temp folder).")
  Path index;

  @Option(names = "--threads", defaultValue = "0", description = "Workers (0: one per core).")
  int threads;

  @Option(names = "--tika", description = "Also time Tika extracting the same files.")
  boolean tika;

  @Option(
      names = "--rounds",
      defaultValue = "1",
      description = "Runs (each a fresh index, then Tika): all but the last warm the JVM up.")
  int rounds;

  @Override
  public Integer call() throws Exception {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Path target = index != null ? index : Files.createTempDirectory("vanban-bench-index");
    List<Path> files = files();
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    for (int round = 1; round <= rounds; round++) {
      if (rounds > 1) {
        System.out.printf(
            "%nRound %d of %d%s%n%n", round, rounds, round < rounds ? " (warm-up)" : "");
      }
      double seconds = indexOnce(n, target, files, bytes);
      if (tika) {
        compareWithTika(files, n, seconds);
      }
    }
    return 0;
  }

  /** Indexes the folder into a fresh index, prints the results and returns the seconds taken. */
  private double indexOnce(int n, Path target, List<Path> files, long bytes) throws Exception {
    IndexerConfig config =
        IndexerConfig.DEFAULT
            .withThreads(n)
            .withRebuild(true)
            .withExtractContext(IndexerConfig.DEFAULT.extractContext().withOcr(OcrMode.OFF))
            .withExcluded(List.of(root.resolve(GenerateBench.MANIFEST)));
    IndexReport report;
    CpuClock cpu = new CpuClock();
    HeapSampler heap = new HeapSampler();
    try {
      report = new Indexer(config).index(root, target, progress(files.size()));
    } finally {
      heap.close();
    }
    double seconds = cpu.wallSeconds();
    double cpuSeconds = cpu.cpuSeconds();
    double gcSeconds = cpu.gcSeconds();
    IndexContents contents = IndexContents.read(target);
    print(n, report, contents, bytes, seconds, heap, IndexContents.size(target));
    System.out.printf(
        "%nCPU: %.1f s of process time (%.2f cores busy on average), %.1f s in GC%n",
        cpuSeconds, cpuSeconds / seconds, gcSeconds);
    return seconds;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.equals(root.resolve(GenerateBench.MANIFEST)))
          .sorted()
          .toList();
    }
  }

  private static ProgressListener progress(int total) {
    int step = Math.max(1, total / 20);
    return p -> {
      if (p.done() % step == 0) {
        System.err.printf(
            "index: %d/%d files, %.0f files/s, %d failed%n", p.done(), total, p.rate(), p.failed());
      }
    };
  }

  private static void print(
      int threads,
      IndexReport r,
      IndexContents c,
      long bytes,
      double seconds,
      HeapSampler heap,
      long indexBytes) {
    System.out.println(
        "| files | indexed | failed | pages | MB | threads | seconds | docs/s | pages/s | MB/s |"
            + " peak heap used (sampled) MB | peak heap after GC MB | max heap MB |"
            + " index MB | index KB/doc |");
    System.out.println(
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    System.out.printf(
        "| %d | %d | %d | %d | %.1f | %d | %.1f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f | %.1f |"
            + " %.1f |%n",
        r.files(),
        c.documents(),
        r.failures().size(),
        c.pages(),
        bytes / 1e6,
        threads,
        seconds,
        c.documents() / seconds,
        c.pages() / seconds,
        bytes / 1e6 / seconds,
        heap.peakUsed() / 1e6,
        heap.peakAfterGc() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6,
        indexBytes / 1e6,
        indexBytes / 1e3 / Math.max(1, c.documents()));
    System.out.println();
    System.out.println("| format | documents | pages |");
    System.out.println("|---|---:|---:|");
    c.byFormat().forEach((f, v) -> System.out.printf("| %s | %d | %d |%n", f, v[0], v[1]));
    r.failures().stream().limit(10).forEach(f -> System.err.println("failed: " + f));
  }

  private static void compareWithTika(List<Path> files, int threads, double vanbanSeconds)
      throws Exception {
    double tikaSeconds = TikaText.timeParallel(files, threads);
    System.out.println();
    System.out.println(
        "| files | threads | vanban extract+analyse+index s | Tika extract only s |"
            + " vanban / Tika |");
    System.out.println("|---:|---:|---:|---:|---:|");
    System.out.printf(
        "| %d | %d | %.1f | %.1f | %.2f |%n",
        files.size(), threads, vanbanSeconds, tikaSeconds, vanbanSeconds / tikaSeconds);
  }
}
