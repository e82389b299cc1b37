package io.github.vanban.extract.ocrspell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.extract.ocr.TesseractOcr;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real scans of the development part read by the real {@code tesseract} (which must be installed):
 * the header subject comes out with the marks Tesseract misread put back ({@code đây mạnh} and
 * {@code bỗ sung} before the repair).
 */
class ScannedPageRepairTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "central/bc-bqlkcn-bacgiang-2012-114-thuhutdautu-scan.pdf|Chương trình đẩy mạnh thu hút đầu tư",
        "central/qd-btc-126-2010-phanmemnguonmo-scan.pdf|Về việc giao bổ sung kinh phí",
      })
  void readsTheSubjectRight(String file, String subject) throws Exception {
    TesseractOcr ocr = TesseractOcr.standard();
    assertTrue(ocr.available(), () -> "tesseract is needed: " + ocr.unavailableReason());
    String text;
    try (PDDocument scan = Loader.loadPDF(EvalDir.file("corpus/" + file).toFile())) {
      BufferedImage page = new PDFRenderer(scan).renderImageWithDPI(0, 300, ImageType.GRAY);
      text = ocr.recognize(page).text().replaceAll("\\s+", " ");
    }
    assertTrue(text.contains(subject), text);
  }
}
