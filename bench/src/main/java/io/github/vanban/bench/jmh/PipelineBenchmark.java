package io.github.vanban.bench.jmh;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * JMH: time to analyse one real document with the default pipeline. The document is read from the
 * path in the {@code document} parameter (a seed text of the evaluation corpus by default, relative
 * to the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

  /** The document analysed. */
  @Param("eval/corpus/seeds/004_69de05d7962fd3a5.txt")
  public String document;

  private String text;
  private final Pipeline pipeline = DefaultPipeline.create();

  /** Reads the document once. */
  @Setup
  public void read() throws IOException {
    text = Files.readString(Path.of(document), StandardCharsets.UTF_8);
  }

  /** Analyses the document. */
  @Benchmark
  public AnalyzedDocument analyze() {
    return pipeline.analyze(text);
  }
}
