package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import org.junit.jupiter.api.Test;

/**
 * A scan whose page images are JBIG2 (as scanners and scanning services store bilevel pages) is
 * rendered and read by OCR, not reported as a PDF without text.
 */
class Jbig2ScanTest {

  @Test
  void aJbig2ScanIsReadByOcr() throws Exception {
    ExtractedDocument doc =
        Extractors.standard()
            .extract(
                EvalDir.file("corpus/central/cv-bptt-tinhuy-bacgiang-2012-368-scan.pdf"),
                ExtractContext.DEFAULT.withLimits(ExtractContext.DEFAULT.limits().withMaxPages(1)));
    assertTrue(doc.text().contains("BẮC GIANG"), doc.text());
    assertTrue(
        doc.warnings().contains("page 1: no text layer, OCR used"), doc.warnings()::toString);
  }
}
