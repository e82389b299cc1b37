package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Text drawn outside the page is not on it: it is not indexed as if a reader could see it. */
class PdfOffPageTextTest {

  @Test
  void textOutsideThePageIsLeftOut() throws Exception {
    byte[] pdf =
        new PdfFixture()
            .page()
            .text(72, 100, 12, "Quyết định về kế hoạch năm 2025.")
            .text(72, -300, 12, "BIMAT phía trên trang")
            .text(2000, 200, 12, "BIMAT bên phải trang")
            .text(72, PdfFixture.HEIGHT + 400, 12, "BIMAT dưới trang")
            .bytes();
    ExtractedDocument doc =
        new PdfExtractor()
            .extract(new ByteArrayInputStream(pdf), ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
    assertTrue(doc.text().contains("Quyết định về kế hoạch năm 2025."), doc.text());
    assertFalse(doc.text().contains("BIMAT"), doc.text());
  }
}
