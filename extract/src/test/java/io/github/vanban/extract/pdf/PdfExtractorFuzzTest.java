package io.github.vanban.extract.pdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.extract.testing.ExtractorFuzzing;

/**
 * Coverage-guided fuzzing of {@link PdfExtractor}: any bytes give a document whose spans lie within
 * its text, or an {@code ExtractionException}, never another exception ({@link ExtractorFuzzing}).
 *
 * <p>A normal build runs the seed corpus ({@code PdfExtractorFuzzTestInputs/extract}) and every
 * former finding kept there; fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -pl extract
 * -Dtest=PdfExtractorFuzzTest} (docs/SECURITY.md).
 */
class PdfExtractorFuzzTest {

  private static final PdfExtractor EXTRACTOR = new PdfExtractor();

  @FuzzTest(maxDuration = "2m")
  void extract(byte[] input) {
    ExtractorFuzzing.run(EXTRACTOR, input);
  }
}
