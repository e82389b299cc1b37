package io.github.vanban.bench.jmh;

import io.github.vanban.bench.TextCorpus;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: time to analyse {@code mb} MB of text with the default pipeline, one thread, as the
 * documents of a folder replicated to that size. Linear cost means the time per MB stays the same
 * from 1 to 100 MB. MB/s = {@code mb} / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PipelineSizeBenchmark {

  /** Megabytes of UTF-8 text analysed per operation. */
  @Param({"1", "10", "100"})
  public int mb;

  /** The folder of .txt/.md documents replicated (relative to the project root). */
  @Param("eval/corpus/seeds")
  public String corpus;

  private final Pipeline pipeline = DefaultPipeline.create();
  private List<String> documents;

  /** Reads and replicates the documents. */
  @Setup
  public void read() throws IOException {
    documents = TextCorpus.replicate(TextCorpus.read(Path.of(corpus)), mb * 1_000_000L);
  }

  /** Analyses every document. */
  @Benchmark
  public void analyze(Blackhole bh) {
    for (String d : documents) {
      bh.consume(pipeline.analyze(d));
    }
  }
}
