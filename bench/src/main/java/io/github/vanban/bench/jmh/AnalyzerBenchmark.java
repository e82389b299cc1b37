package io.github.vanban.bench.jmh;

import io.github.vanban.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * JMH: time for the search module's {@link VietnameseAnalyzer} to turn one document into terms, in
 * each mode (the index runs all three over every text). MB/s = document size / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {

  /** The analyzer mode. */
  @Param({"EXACT", "FOLDED", "FOLDED_BIGRAMS"})
  public VietnameseAnalyzer.Mode mode;

  /** The document analysed (a 150 KB seed text by default, relative to the project root). */
  @Param("eval/corpus/seeds/001_7ffbdf6192fead3d.txt")
  public String document;

  private String text;
  private VietnameseAnalyzer analyzer;

  /** Reads the document and builds the analyzer. */
  @Setup
  public void setUp() throws IOException {
    text = Files.readString(Path.of(document), StandardCharsets.UTF_8);
    analyzer = new VietnameseAnalyzer(mode);
  }

  /** Closes the analyzer. */
  @TearDown
  public void tearDown() {
    analyzer.close();
  }

  /** Returns the number of characters of all terms, so the work cannot be skipped. */
  @Benchmark
  public long analyze() throws IOException {
    long chars = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        chars += term.length();
      }
      ts.end();
    }
    return chars;
  }
}
