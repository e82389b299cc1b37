package io.github.vanban.samples;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import java.nio.file.Path;

/** Reads one file and prints its number and every metric it reports: the README's first example. */
public final class AnalyseFileExample {

  private AnalyseFileExample() {}

  /** Argument: the file to analyse, e.g. samples/docs/nq-12-2024-hdnd-tinh.pdf. */
  public static void main(String[] args) throws Exception {
    Extractors extractors = Extractors.standard(); // immutable, share it
    Pipeline pipeline = DefaultPipeline.create(); // immutable, share it
    ExtractedDocument file = extractors.extract(Path.of(args[0]), ExtractContext.DEFAULT);
    AnalyzedDocument doc = pipeline.analyze(file);
    System.out.println(doc.header().number()); // 12/NQ-HĐND
    for (Metric m : doc.metrics()) {
      System.out.println(
          m.indicator()
              + " "
              + m.figure().value()
              + " "
              + m.figure().unit()
              + " "
              + m.status()
              + " "
              + m.period()); // fdi 3.0E9 USD TARGET 2025 ...
    }
  }
}
