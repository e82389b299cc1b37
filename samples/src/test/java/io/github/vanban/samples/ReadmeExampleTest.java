package io.github.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run: keep the two in step. */
class ReadmeExampleTest {

  @Test
  void readmeExampleRunsAsWritten() throws Exception {
    List<String> printed = new ArrayList<>();
    // --- as in README.md (System.out.println replaced by printed::add) ---
    Extractors extractors = Extractors.standard(); // immutable, share it
    Pipeline pipeline = DefaultPipeline.create(); // immutable, share it
    ExtractedDocument file =
        extractors.extract(Path.of("docs/nq-12-2024-hdnd-tinh.pdf"), ExtractContext.DEFAULT);
    AnalyzedDocument doc = pipeline.analyze(file);
    printed.add(doc.header().number()); // 12/NQ-HĐND
    for (Metric m : doc.metrics()) {
      printed.add(
          m.indicator()
              + " "
              + m.figure().value()
              + " "
              + m.figure().unit()
              + " "
              + m.status()
              + " "
              + m.period());
    }
    // --- end of the README's example ---
    assertEquals("12/NQ-HĐND", printed.get(0));
    assertTrue(printed.contains("fdi 3.0E9 USD TARGET 2025"), printed.toString());
  }
}
