package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractLimits;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

  private static final String PARAGRAPH_1 =
      "Tổng khách du lịch cả năm đạt trên 17 triệu lượt khách, tổng thu ngân sách nhà nước trên"
          + " địa bàn đạt 55.600 tỷ đồng; tổng vốn đầu tư toàn xã hội tăng trên 10%, trọng điểm là"
          + " thu hút vốn nước ngoài cả năm đạt ít nhất 3 tỷ USD theo Nghị quyết số 176/NQ-HĐND.";
  private static final String PARAGRAPH_2 =
      "Đẩy mạnh cơ cấu lại khu vực công nghiệp, tăng nhanh quy mô và tỷ trọng công nghiệp chế"
          + " biến, chế tạo có trình độ công nghệ cao, suất vốn đầu tư cao, giá trị gia tăng cao.";

  private final PdfExtractor extractor = new PdfExtractor(FakeOcr.missing(), 2);

  @Test
  void twoColumnHeaderComesOutColumnByColumn() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(80, 60, 12, "ỦY BAN NHÂN DÂN").text(300, 60, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    pdf.text(85, 75, 12, "TỈNH QUẢNG NINH").text(330, 75, 12, "Độc lập - Tự do - Hạnh phúc");
    pdf.text(90, 100, 12, "Số: 12/QĐ-UBND")
        .text(310, 100, 12, "Quảng Ninh, ngày 10 tháng 7 năm 2024");
    pdf.centred(150, 13, "QUYẾT ĐỊNH");
    pdf.paragraph(60, 535, 30, 180, 12, PARAGRAPH_2);
    ExtractedDocument doc = extract(pdf.bytes());
    assertTrue(
        doc.text()
            .startsWith(
                "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 12/QĐ-UBND\n"
                    + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    + "Quảng Ninh, ngày 10 tháng 7 năm 2024\nQUYẾT ĐỊNH\n"),
        doc.text());
    Block number = doc.blocks().get(2);
    assertEquals("Số: 12/QĐ-UBND", spanText(doc, number));
    assertEquals(BlockType.PARAGRAPH, number.type());
    Block title = doc.blocks().get(6);
    assertEquals(BlockType.HEADING, title.type());
    assertEquals(1, title.level());
  }

  @Test
  void softWrapsAreJoinedAndIndentedParagraphsKeptApart() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    float next = pdf.paragraph(60, 535, 30, 80, 12, PARAGRAPH_1);
    pdf.paragraph(60, 535, 30, next, 12, PARAGRAPH_2);
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(PARAGRAPH_1 + "\n" + PARAGRAPH_2, doc.text());
    assertEquals(2, doc.blocks().size());
    assertEquals(PARAGRAPH_1, spanText(doc, doc.blocks().get(0)));
    assertEquals(PARAGRAPH_2, spanText(doc, doc.blocks().get(1)));
  }

  @Test
  void listMarkersStartListItems() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "Nhiệm vụ trọng tâm:");
    pdf.text(90, 96, 12, "1. Phát triển kinh tế xanh;");
    pdf.text(90, 112, 12, "a) Kinh tế số;");
    pdf.text(90, 128, 12, "- Kinh tế đêm.");
    ExtractedDocument doc = extract(pdf.bytes());
    List<BlockType> types = doc.blocks().stream().map(Block::type).toList();
    assertEquals(
        List.of(BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.LIST_ITEM, BlockType.LIST_ITEM),
        types);
    assertEquals("a) Kinh tế số;", spanText(doc, doc.blocks().get(2)));
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreDropped() throws Exception {
    PdfFixture pdf = new PdfFixture();
    String[] parts = {PARAGRAPH_1, PARAGRAPH_2, "Phát triển kinh tế biển xanh và bền vững."};
    for (int p = 0; p < 3; p++) {
      pdf.page();
      pdf.text(200, 40, 10, "CÔNG BÁO/Số 1003 + 1004/Ngày 29-12-2013");
      pdf.paragraph(60, 535, 30, 100, 12, parts[p]);
      pdf.centred(810, 10, "Trang " + (p + 1) + "/3");
    }
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(String.join("\n", parts), doc.text());
    assertEquals(List.of(1, 2, 3), doc.blocks().stream().map(Block::page).toList());
  }

  @Test
  void paragraphContinuesAcrossPageBreak() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    String text = PARAGRAPH_1 + " " + PARAGRAPH_2;
    List<String> lines = pdf.wrap(475, 30, 12, text);
    float baseline = 700;
    for (int i = 0; i < 4; i++) {
      pdf.text(i == 0 ? 90 : 60, baseline, 12, lines.get(i));
      baseline += 16;
    }
    pdf.centred(820, 10, "- 1 -");
    pdf.page();
    pdf.centred(40, 10, "- 2 -");
    for (int i = 4; i < lines.size(); i++) {
      pdf.text(60, 80 + 16 * (i - 4), 12, lines.get(i));
    }
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals(text, doc.text());
    assertEquals(1, doc.blocks().size());
    assertEquals(1, doc.blocks().get(0).page());
  }

  @Test
  void ruledTableBecomesTableBlock() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 70, 12, "Bảng 1. Kết quả thực hiện");
    float[] xs = {60, 120, 360, 535};
    float[] ys = {90, 110, 130, 150};
    for (float y : ys) {
      pdf.line(xs[0], y, xs[3], y);
    }
    for (float x : xs) {
      pdf.line(x, ys[0], x, ys[3]);
    }
    String[][] cells = {
      {"STT", "Chỉ tiêu", "Kết quả"},
      {"1", "Tăng trưởng GRDP", "10,2%"},
      {"2", "Thu ngân sách", "55.600 tỷ"}
    };
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        pdf.text(xs[c] + 4, ys[r] + 15, 11, cells[r][c]);
      }
    }
    pdf.text(60, 180, 12, "Số liệu ước thực hiện.");
    ExtractedDocument doc = extract(pdf.bytes());
    Block table = doc.blocks().get(1);
    assertEquals(BlockType.TABLE, table.type());
    assertEquals(3, table.rows().size());
    assertEquals(
        "Tăng trưởng GRDP",
        doc.text().substring(table.rows().get(1).get(1).start(), table.rows().get(1).get(1).end()));
    assertEquals(
        "55.600 tỷ",
        doc.text().substring(table.rows().get(2).get(2).start(), table.rows().get(2).get(2).end()));
    assertEquals("Số liệu ước thực hiện.", spanText(doc, doc.blocks().get(2)));
  }

  @Test
  void smallNumberedTextAtPageBottomIsFootnote() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.paragraph(60, 535, 30, 80, 12, PARAGRAPH_2);
    pdf.text(60, 790, 6, "1");
    pdf.text(67, 793, 9, "Nghị quyết số 108/NQ-CP ngày 10/7/2024 của Chính phủ.");
    ExtractedDocument doc = extract(pdf.bytes());
    Block note = doc.blocks().get(doc.blocks().size() - 1);
    assertEquals(BlockType.FOOTNOTE, note.type());
    assertEquals("¹ Nghị quyết số 108/NQ-CP ngày 10/7/2024 của Chính phủ.", spanText(doc, note));
  }

  @Test
  void metadataIsRead() throws Exception {
    PdfFixture pdf = new PdfFixture().info("Nghị quyết 205", "HĐND tỉnh").page();
    pdf.text(60, 80, 12, "Nội dung.");
    ExtractedDocument doc = extract(pdf.bytes());
    assertEquals("pdf", doc.metadata().format());
    assertEquals(1, doc.metadata().pages());
    assertEquals("Nghị quyết 205", doc.metadata().title());
    assertEquals("HĐND tỉnh", doc.metadata().author());
  }

  @Test
  void userPasswordIsEncrypted() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "Bí mật.");
    byte[] bytes = pdf.encrypted("chu", "nguoidoc");
    assertFails(Reason.ENCRYPTED, bytes);
  }

  @Test
  void ownerPasswordOnlyStillExtracts() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "Văn bản công khai.");
    ExtractedDocument doc = extract(pdf.encrypted("chu", ""));
    assertEquals("Văn bản công khai.", doc.text());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("owner password")));
  }

  @Test
  void truncatedFileIsRecoveredWithWarningOrCorrupt() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.paragraph(60, 535, 30, 80, 12, PARAGRAPH_1);
    byte[] whole = pdf.bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);
    try {
      ExtractedDocument doc = extract(cut);
      assertTrue(
          doc.warnings().stream().anyMatch(w -> w.contains("truncated")), doc.warnings()::toString);
    } catch (ExtractionException e) {
      assertEquals(Reason.CORRUPT, e.reason());
    }
  }

  @Test
  void garbageAfterHeaderIsCorrupt() {
    byte[] bytes =
        "%PDF-1.7\nnot really a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertFails(Reason.CORRUPT, bytes);
  }

  @Test
  void emptyInputIsCorrupt() {
    assertFails(Reason.CORRUPT, new byte[0]);
  }

  @Test
  void blankPageHasNoText() throws Exception {
    byte[] bytes = new PdfFixture().page().bytes();
    assertFails(Reason.NO_TEXT, bytes);
  }

  @Test
  void scannedPageIsReadByOcrWithWarning() throws Exception {
    FakeOcr ocr = FakeOcr.reading("Văn bản\nđược quét.\n\n2. Mục hai.");
    ExtractedDocument doc =
        new PdfExtractor(ocr, 2)
            .extract(new ByteArrayInputStream(textThenScan()), ExtractContext.DEFAULT);
    assertEquals("Trang có chữ.\nVăn bản được quét.\n2. Mục hai.", doc.text());
    assertEquals(1, ocr.calls.get());
    assertTrue(
        doc.warnings().contains("page 2: no text layer, OCR used"), doc.warnings()::toString);
    assertEquals(BlockType.LIST_ITEM, doc.blocks().get(2).type());
  }

  @Test
  void ocrOffNamesThePagesNotRead() throws Exception {
    FakeOcr ocr = FakeOcr.reading("không được gọi");
    ExtractedDocument doc =
        new PdfExtractor(ocr, 1)
            .extract(
                new ByteArrayInputStream(textThenScan()),
                ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
    assertEquals("Trang có chữ.", doc.text());
    assertEquals(0, ocr.calls.get());
    assertEquals(List.of("page 2: no text layer, not read; OCR is off"), doc.warnings());
  }

  @Test
  void onlyScansAndNoOcrIsNoTextWithInstallHint() throws Exception {
    byte[] bytes = new PdfFixture().page().scan().page().scan().bytes();
    ExtractionException e = assertFails(Reason.NO_TEXT, bytes);
    assertTrue(
        e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-vie"), e.getMessage());
  }

  @Test
  void pagesOverTheLimitAreLeftOutWithWarning() throws Exception {
    PdfFixture pdf = new PdfFixture();
    for (int p = 1; p <= 3; p++) {
      pdf.page().text(60, 300, 12, "Trang " + p + " có nội dung.");
    }
    ExtractContext context =
        ExtractContext.DEFAULT.withLimits(ExtractLimits.DEFAULT.withMaxPages(2));
    ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(pdf.bytes()), context);
    assertEquals("Trang 1 có nội dung.\nTrang 2 có nội dung.", doc.text());
    assertEquals(3, doc.metadata().pages());
    assertEquals(List.of("the document has 3 pages; only the first 2 were read"), doc.warnings());
  }

  @Test
  void rejectsThreadCountBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new PdfExtractor(FakeOcr.missing(), 0));
  }

  private ExtractedDocument extract(byte[] bytes) throws ExtractionException, IOException {
    return extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT);
  }

  /** A page of text ("Trang có chữ."), then a scanned page. */
  private static byte[] textThenScan() throws IOException {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "Trang có chữ.");
    return pdf.page().scan().bytes();
  }

  /** Asserts that extracting {@code bytes} fails for the {@code expected} reason. */
  private ExtractionException assertFails(Reason expected, byte[] bytes) {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(bytes));
    assertEquals(expected, e.reason());
    return e;
  }

  private static String spanText(ExtractedDocument doc, Block block) {
    return doc.text().substring(block.span().start(), block.span().end());
  }

  @Test
  void noStrayTextInFixtureWithOnlyRules() throws Exception {
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "________");
    pdf.text(60, 100, 12, "Nội dung chính.");
    ExtractedDocument doc = extract(pdf.bytes());
    assertFalse(doc.text().contains("_"));
    assertEquals("Nội dung chính.", doc.text());
  }
}
