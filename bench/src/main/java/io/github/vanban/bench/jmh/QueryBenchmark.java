package io.github.vanban.bench.jmh;

import io.github.vanban.bench.query.QueryWorkload;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: latency distribution (sample mode: p50, p90, p99...) of the three query kinds on an index of
 * generated documents, warm searcher. Run with {@code -p index=DIR/index -p
 * manifest=DIR/manifest.tsv}; each call takes the next query of a seeded {@link QueryWorkload}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class QueryBenchmark {

  /** The index folder. */
  @Param("")
  public String index;

  /** The manifest of the generated folder the index was built from. */
  @Param("")
  public String manifest;

  private static final int QUERIES = 5000;

  private Index ix;
  private QueryWorkload work;
  private int next;

  /** Opens the index and draws the queries. */
  @Setup
  public void open() throws IOException {
    if (index.isEmpty() || manifest.isEmpty()) {
      throw new IllegalArgumentException("pass -p index=DIR -p manifest=FILE");
    }
    ix = Index.open(Path.of(index));
    work = QueryWorkload.of(Path.of(manifest), QUERIES, 42);
  }

  /** Closes the index. */
  @TearDown
  public void close() throws IOException {
    ix.close();
  }

  /** Finds a document number and the files citing it. */
  @Benchmark
  public NumberResult number() throws IOException {
    return ix.number(work.numbers().get(next++ % QUERIES));
  }

  /** Finds the mentions of an indicator in a year. */
  @Benchmark
  public MetricResult metric() throws IOException {
    return ix.metrics(work.metrics().get(next++ % QUERIES));
  }

  /** Runs a ranked full-text search with facets. */
  @Benchmark
  public SearchResult fullText() throws IOException {
    return ix.search(work.texts().get(next++ % QUERIES));
  }
}
