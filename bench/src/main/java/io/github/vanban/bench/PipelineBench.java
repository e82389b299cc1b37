package io.github.vanban.bench;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban-bench pipeline}: single-thread throughput of the whole analysis pipeline on 1, 10
 * and 100 MB of real text, as documents of their natural size and as one document, to show the cost
 * is linear in size.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = "Pipeline throughput (MB/s of UTF-8 text, one thread) at several input sizes.")
final class PipelineBench implements Callable<Integer> {

  @Option(
      names = "--corpus",
      required = true,
      description = "Folder of .txt/.md documents to replicate (e.g. eval/corpus/seeds).")
  Path corpus;

  @Option(names = "--mb", split = ",", defaultValue = "1,10,100", description = "Input sizes.")
  List<Integer> sizes;

  @Override
  public Integer call() throws IOException {
    List<String> documents = TextCorpus.read(corpus);
    Pipeline pipeline = DefaultPipeline.create();
    warmUp(pipeline, documents);
    System.out.println(
        "| input | documents | MB/s wall (documents) | MB/s CPU (documents) |"
            + " MB/s wall (one document) | MB/s CPU (one document) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (int mb : sizes) {
      List<String> docs = TextCorpus.replicate(documents, mb * 1_000_000L);
      Rate perDoc = throughput(pipeline, docs);
      Rate single = throughput(pipeline, List.of(String.join("\n", docs)));
      System.out.printf(
          "| %d MB | %d | %.2f | %.2f | %.2f | %.2f |%n",
          mb, docs.size(), perDoc.wall(), perDoc.cpu(), single.wall(), single.cpu());
    }
    return 0;
  }

  private static void warmUp(Pipeline pipeline, List<String> documents) {
    for (String d : TextCorpus.replicate(documents, 20_000_000L)) {
      pipeline.analyze(d);
    }
  }

  /** MB/s over elapsed time and over the thread's CPU time (immune to other load). */
  private record Rate(double wall, double cpu) {}

  private static Rate throughput(Pipeline pipeline, List<String> docs) {
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    long found = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (String d : docs) {
      AnalyzedDocument a = pipeline.analyze(d);
      found += a.dates().size() + a.figures().size() + a.references().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (found < 0) {
      throw new IllegalStateException("unreachable: keeps the results alive");
    }
    return new Rate(bytes / 1e6 / seconds, bytes / 1e6 / cpuSeconds);
  }
}
