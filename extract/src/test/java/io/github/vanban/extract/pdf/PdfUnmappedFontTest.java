package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A page whose text is in fonts that map their characters to no Unicode text (no {@code ToUnicode})
 * is read by OCR like a scan; with OCR off, those characters are not passed off as text and a PDF
 * with nothing else is {@code NO_TEXT} with a message naming the fonts.
 */
class PdfUnmappedFontTest {

  private static final String READABLE = "Bao cao thu ngan sach nam 2025 cua tinh.";

  @Test
  void aPageInACompositeFontWithoutToUnicodeIsReadByOcr() throws Exception {
    FakeOcr ocr = FakeOcr.reading("Báo cáo thu ngân sách năm 2025.");
    ExtractedDocument doc =
        new PdfExtractor(ocr, 1)
            .extract(new ByteArrayInputStream(pdf(false, true)), ExtractContext.DEFAULT);
    assertEquals("Báo cáo thu ngân sách năm 2025.", doc.text());
    assertEquals(1, ocr.calls.get());
    assertEquals(
        List.of("page 1: text in fonts with no usable Unicode map (ToUnicode), OCR used"),
        doc.warnings());
  }

  @Test
  void withOcrOffAPdfWhoseOnlyTextIsUnmappedIsNoTextNamingTheFonts() throws Exception {
    byte[] bytes = pdf(false, true);
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                new PdfExtractor(FakeOcr.reading("không được gọi"), 1)
                    .extract(
                        new ByteArrayInputStream(bytes),
                        ExtractContext.DEFAULT.withOcr(OcrMode.OFF)));
    assertEquals(Reason.NO_TEXT, e.reason());
    assertEquals(
        "the PDF's text is in fonts with no usable Unicode map (ToUnicode), so its characters"
            + " cannot be read as text, and OCR is off",
        e.getMessage());
  }

  @Test
  void withOcrOffASimpleFontsUnnamedCodesAreNotPassedOffAsText() throws Exception {
    ExtractedDocument doc =
        new PdfExtractor(FakeOcr.missing(), 1)
            .extract(
                new ByteArrayInputStream(pdf(true, false)),
                ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
    assertEquals(READABLE, doc.text());
    assertEquals(
        List.of(
            "page 1: text in fonts with no usable Unicode map (ToUnicode), not read; OCR is off"),
        doc.warnings());
  }

  @Test
  void withOcrOffTextMappedOnlyToPrivateUseCodePointsIsNotPassedOffAsText() throws Exception {
    byte[] bytes = pdf(false, false, 40, true);
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                new PdfExtractor(FakeOcr.missing(), 1)
                    .extract(
                        new ByteArrayInputStream(bytes),
                        ExtractContext.DEFAULT.withOcr(OcrMode.OFF)));
    assertEquals(Reason.NO_TEXT, e.reason());
    assertTrue(e.getMessage().contains("no usable Unicode map"), e.getMessage());
  }

  @Test
  void aFewUnmappedCharactersBesideReadableTextLeaveThePageAlone() throws Exception {
    FakeOcr ocr = FakeOcr.reading("không được gọi");
    ExtractedDocument doc =
        new PdfExtractor(ocr, 1)
            .extract(new ByteArrayInputStream(pdf(true, true, 5)), ExtractContext.DEFAULT);
    assertEquals(READABLE, doc.text());
    assertEquals(0, ocr.calls.get());
    assertTrue(doc.warnings().isEmpty(), doc.warnings()::toString);
  }

  private static byte[] pdf(boolean readable, boolean composite) throws IOException {
    return pdf(readable, composite, 40, false);
  }

  private static byte[] pdf(boolean readable, boolean composite, int unmapped) throws IOException {
    return pdf(readable, composite, unmapped, false);
  }

  /**
   * A page with, optionally, a line in Helvetica, and {@code unmapped} characters in a font that
   * gives them no Unicode text: a composite font (Identity-H, CIDFontType0, not embedded) or
   * Helvetica re-encoded with glyph names of no meaning on control codes, whose {@code ToUnicode}
   * map, when {@code privateUse}, sends them to the private use area.
   */
  private static byte[] pdf(boolean readable, boolean composite, int unmapped, boolean privateUse)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
      COSDictionary font = composite ? compositeFont() : renamedFont();
      if (privateUse) {
        font.setItem(COSName.TO_UNICODE, privateUseMap(doc));
      }
      fonts.setItem(COSName.getPDFName("F2"), font);
      page.setResources(resources);
      StringBuilder codes = new StringBuilder();
      for (int i = 1; i <= unmapped; i++) {
        codes.append(composite ? String.format("%04X", i) : String.format("%02X", i % 30 + 1));
      }
      String content =
          (readable ? "BT /F1 12 Tf 72 760 Td (" + READABLE + ") Tj ET\n" : "")
              + "BT /F2 12 Tf 72 700 Td <"
              + codes
              + "> Tj ET\n";
      PDStream stream = new PDStream(doc);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(content.getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A ToUnicode map sending codes 1 to 30 to U+E001 to U+E01E. */
  private static COSStream privateUseMap(PDDocument doc) throws IOException {
    String cmap =
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /RiengTu def"
            + " 1 begincodespacerange <00> <FF> endcodespacerange"
            + " 1 beginbfrange <01> <1E> <E001> endbfrange"
            + " endcmap CMapName currentdict /CMap defineresource pop end end";
    PDStream stream = new PDStream(doc);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(cmap.getBytes(StandardCharsets.US_ASCII));
    }
    return stream.getCOSObject();
  }

  private static COSDictionary compositeFont() {
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "KhongMa");
    descriptor.setInt(COSName.FLAGS, 4);
    descriptor.setItem(COSName.FONT_BBOX, numbers(0, -200, 1000, 800));
    descriptor.setInt(COSName.ASCENT, 800);
    descriptor.setInt(COSName.DESCENT, -200);
    COSDictionary system = new COSDictionary();
    system.setItem(COSName.REGISTRY, new COSString("Adobe"));
    system.setItem(COSName.ORDERING, new COSString("Identity"));
    system.setInt(COSName.SUPPLEMENT, 0);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cid.setName(COSName.BASE_FONT, "KhongMa");
    cid.setItem(COSName.CIDSYSTEMINFO, system);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, 500);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "KhongMa");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }

  private static COSDictionary renamedFont() {
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(1));
    for (int i = 1; i <= 30; i++) {
      differences.add(COSName.getPDFName("g" + i));
    }
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.TYPE, COSName.ENCODING);
    encoding.setItem(COSName.DIFFERENCES, differences);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "Helvetica");
    font.setItem(COSName.ENCODING, encoding);
    return font;
  }

  private static COSArray numbers(int... values) {
    COSArray array = new COSArray();
    for (int v : values) {
      array.add(COSInteger.get(v));
    }
    return array;
  }
}
