package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.OcrMode;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

/**
 * Text a reader cannot see (invisible, white on nothing, outside the crop box) is not indexed as if
 * it were visible; the invisible OCR layer of a searchable scan is kept.
 */
class PdfHiddenTextTest {

  private static final String VISIBLE = "Quyết định về kế hoạch năm 2025.";

  @Test
  void invisibleTextOnNothingIsLeftOutWithAWarning() throws Exception {
    PdfFixture pdf = new PdfFixture().page().text(72, 100, 12, VISIBLE);
    pdf.drawn(72, 200, 12, "BIMAT ẩn", RenderingMode.NEITHER, Color.BLACK);
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(VISIBLE, doc.text());
    assertEquals(
        List.of(
            "7 characters of invisible text (render mode 3) not over an image were left out"
                + " (page 1)"),
        doc.warnings());
  }

  @Test
  void invisibleTextOverAScanIsItsOcrLayerAndKept() throws Exception {
    PdfFixture pdf = new PdfFixture().page().scan();
    String[] lines = {
      "NGHỊ QUYẾT số 12/NQ-HĐND", "Điều 1. Thông qua kế hoạch.", "Nơi nhận: như trên."
    };
    for (int i = 0; i < lines.length; i++) {
      pdf.drawn(72, 100 + 300 * i, 12, lines[i], RenderingMode.NEITHER, Color.BLACK);
    }
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(String.join("\n", lines), doc.text());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void whiteTextOnNothingIsLeftOutWithAWarning() throws Exception {
    PdfFixture pdf = new PdfFixture().page().text(72, 100, 12, VISIBLE);
    pdf.drawn(72, 200, 12, "BIMAT trắng", RenderingMode.FILL, Color.WHITE);
    pdf.drawn(72, 220, 12, "gần trắng", RenderingMode.FILL, new Color(250, 250, 250));
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(VISIBLE, doc.text());
    assertEquals(
        List.of("18 characters of white text on no background were left out (page 1)"),
        doc.warnings());
  }

  @Test
  void whiteTextOnADarkFillIsKept() throws Exception {
    PdfFixture pdf = new PdfFixture().page().text(72, 100, 12, VISIBLE);
    pdf.fill(60, 185, 300, 25, new Color(0, 51, 102));
    pdf.drawn(72, 200, 12, "Bảng 1. Chỉ tiêu chủ yếu", RenderingMode.FILL, Color.WHITE);
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(VISIBLE + "\nBảng 1. Chỉ tiêu chủ yếu", doc.text());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void textOutsideTheCropBoxIsLeftOutWithAWarning() throws Exception {
    PdfFixture pdf = new PdfFixture().page().text(72, 100, 12, VISIBLE);
    // Near the bottom of the media box, below a crop box that keeps the top half of the page.
    pdf.text(72, PdfFixture.HEIGHT - 50, 12, "BIMAT ngoài vùng cắt");
    pdf.crop(new PDRectangle(0, PdfFixture.HEIGHT / 2, PdfFixture.WIDTH, PdfFixture.HEIGHT / 2));
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(VISIBLE, doc.text());
    assertEquals(
        List.of("17 characters drawn outside the page's crop box were left out (page 1)"),
        doc.warnings());
  }

  private static ExtractedDocument extract(byte[] pdf) throws Exception {
    return new PdfExtractor(FakeOcr.missing(), 1)
        .extract(new ByteArrayInputStream(pdf), ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
  }
}
