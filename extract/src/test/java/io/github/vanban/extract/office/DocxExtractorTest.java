package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.DocxFixture.numbered;
import static io.github.vanban.extract.office.DocxFixture.p;
import static io.github.vanban.extract.office.DocxFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.Extractors;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {

  private static final String ARTICLE_NUMBERING =
      "<w:abstractNum w:abstractNumId=\"0\">"
          + lvl(0, "decimal", "Điều %1.", 1)
          + lvl(1, "decimal", "%1.%2.", 1)
          + lvl(2, "lowerLetter", "%3)", 1)
          + "</w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"1\">"
          + lvl(0, "upperRoman", "%1.", 1)
          + lvl(1, "bullet", "\uF0B7", 1)
          + "</w:abstractNum>"
          + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
          + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
          + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
          + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>";

  private final DocxExtractor extractor = new DocxExtractor();

  @Test
  void rendersWordNumberingIntoTheText() throws Exception {
    String body =
        numbered(1, 0, "Phạm vi điều chỉnh")
            + numbered(1, 1, "Nghị quyết này quy định")
            + numbered(1, 2, "tổ chức")
            + numbered(1, 2, "hoạt động")
            + numbered(1, 0, "Đối tượng áp dụng")
            + numbered(1, 2, "cơ quan")
            + numbered(2, 0, "NHIỆM VỤ")
            + numbered(2, 1, "gạch đầu dòng")
            + numbered(2, 0, "GIẢI PHÁP")
            + numbered(3, 0, "Điều khoản thi hành");
    ExtractedDocument doc = extract(new DocxFixture().numbering(ARTICLE_NUMBERING).body(body));
    assertEquals(
        List.of(
            "Điều 1. Phạm vi điều chỉnh",
            "1.1. Nghị quyết này quy định",
            "a) tổ chức",
            "b) hoạt động",
            "Điều 2. Đối tượng áp dụng",
            "a) cơ quan",
            "I. NHIỆM VỤ",
            "• gạch đầu dòng",
            "II. GIẢI PHÁP",
            "Điều 5. Điều khoản thi hành"),
        doc.text().lines().toList());
    assertTrue(doc.blocks().stream().allMatch(b -> b.type() == BlockType.LIST_ITEM));
  }

  @Test
  void readsTheOfficialHeaderTableColumnByColumn() throws Exception {
    String header =
        table(
            new String[] {
              "<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>TỈNH LÂM ĐỒNG</w:t></w:r></w:p>"
                  + p("_______")
                  + p("Số: 12/QĐ-UBND"),
              p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                  + p("Độc lập - Tự do - Hạnh phúc")
                  + p("Lâm Đồng, ngày 05 tháng 01 năm 2026")
            });
    ExtractedDocument doc = extract(new DocxFixture().body(header + p("QUYẾT ĐỊNH")));
    assertEquals(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH",
        doc.text());
    assertTrue(doc.blocks().stream().noneMatch(b -> b.type() == BlockType.TABLE));
  }

  @Test
  void readsTheSignatureTableColumnByColumn() throws Exception {
    String signature =
        table(
            new String[] {
              p("Nơi nhận:") + p("- Như Điều 3;"),
              p("TM. ỦY BAN NHÂN DÂN") + p("CHỦ TỊCH") + p("Trần Văn A")
            });
    ExtractedDocument doc = extract(new DocxFixture().body(p("Điều 3. Thi hành.") + signature));
    assertEquals(
        "Điều 3. Thi hành.\nNơi nhận:\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A",
        doc.text());
  }

  @Test
  void keepsDataTablesAsTablesWithCellSpans() throws Exception {
    String data =
        table(
            new String[] {p("Chỉ tiêu"), p("Đơn vị"), p("Năm 2024")},
            new String[] {p("GRDP"), p("%"), p("11,03")});
    ExtractedDocument doc = extract(new DocxFixture().body(p("Bảng 1") + data));
    assertEquals("Bảng 1\nChỉ tiêu\tĐơn vị\tNăm 2024\nGRDP\t%\t11,03", doc.text());
    Block table = doc.blocks().get(1);
    assertEquals(BlockType.TABLE, table.type());
    assertEquals("11,03", table.rows().get(1).get(2).of(doc.text()));
    assertEquals(7, table.span().start());
  }

  @Test
  void headingsFootnotesAndPageHeadersStayApart() throws Exception {
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>";
    String body =
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Chương I</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Thân bài</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
    String notes =
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"1\">"
            + p("Nghị quyết số 108/NQ-CP ngày 10/7/2024")
            + "</w:footnote>";
    ExtractedDocument doc =
        extract(
            new DocxFixture()
                .styles(styles)
                .body(body)
                .footnotes(notes)
                .header(p("Dự thảo"))
                .title("Báo cáo"));
    assertEquals("Chương I\nThân bài\nNghị quyết số 108/NQ-CP ngày 10/7/2024\nDự thảo", doc.text());
    assertEquals(
        List.of(
            BlockType.HEADING, BlockType.PARAGRAPH, BlockType.FOOTNOTE, BlockType.PAGE_FURNITURE),
        doc.blocks().stream().map(Block::type).toList());
    assertEquals(2, doc.blocks().get(0).level());
    assertEquals("Báo cáo", doc.metadata().title());
  }

  @Test
  void convertsRunsInLegacyFonts() throws Exception {
    String body =
        "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr>"
            + "<w:t>TØnh Qu¶ng Ninh</w:t></w:r><w:r><w:t xml:space=\"preserve\"> và </w:t></w:r>"
            + "<w:r><w:rPr><w:rFonts w:ascii=\"VNI-Times\" w:hAnsi=\"VNI-Times\"/></w:rPr>"
            + "<w:t>Quaûng Ninh</w:t></w:r></w:p>";
    assertEquals("Tỉnh Quảng Ninh và Quảng Ninh", extract(new DocxFixture().body(body)).text());
  }

  @Test
  void readsASoftHyphenInATcvn3RunAsTheLetterU() throws Exception {
    String body =
        "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr>"
            + "<w:t>Tèc ®é t¨ng tr</w:t><w:softHyphen/><w:t>ëng</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> auto</w:t><w:softHyphen/><w:t>matic</w:t></w:r></w:p>";
    assertEquals("Tốc độ tăng trưởng automatic", extract(new DocxFixture().body(body)).text());
  }

  @Test
  void includesTextBoxesOnce() throws Exception {
    String box = "<w:txbxContent>" + p("Hộp văn bản") + "</w:txbxContent>";
    String body =
        "<w:p><w:r><w:t>Đoạn</w:t></w:r><w:r><mc:AlternateContent"
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wrap>"
            + box
            + "</wrap></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><wrap>"
            + box
            + "</wrap></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>";
    assertEquals("Đoạn\nHộp văn bản", extract(new DocxFixture().body(body)).text());
  }

  @Test
  void doesNotResolveExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "BIMAT-4711");
    DocxFixture fixture =
        new DocxFixture()
            .prolog("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
            .body("<w:p><w:r><w:t>Trước &xxe; sau</w:t></w:r></w:p>");
    try {
      assertFalse(extract(fixture).text().contains("BIMAT"));
    } catch (ExtractionException e) {
      assertEquals(Reason.CORRUPT, e.reason());
      assertFalse(String.valueOf(e.getMessage()).contains("BIMAT"));
    }
  }

  @Test
  void refusesAZipThatIsNotAWordDocument() {
    byte[] zip = DocxFixture.zip(Map.of("ghi-chu.txt", "không phải văn bản Word"));
    assertEquals(Reason.UNSUPPORTED, failure(zip).reason());
  }

  @Test
  void refusesZipBombs() {
    byte[] bomb =
        new DocxFixture().body(p("Nhỏ")).extra("word/media/zeros.bin", new byte[30 << 20]).bytes();
    assertTrue(bomb.length < 200_000, "the fixture compresses well: " + bomb.length);
    assertEquals(Reason.TOO_LARGE, failure(bomb).reason());
  }

  @Test
  void moreParagraphsThanTheHeapCanHoldIsTooLargeBeforePoiBuildsThem() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      body.append(p("Đoạn " + i));
    }
    byte[] docx = new DocxFixture().body(body.toString()).bytes();
    ExtractContext small =
        ExtractContext.DEFAULT.withLimits(ExtractContext.DEFAULT.limits().withMaxChars(1_000_000));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> extractor.extract(new ByteArrayInputStream(docx), small));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("more than 31250 paragraphs"), e.getMessage());
    assertTrue(extract(new DocxFixture().body(p("Một đoạn."))).text().contains("Một đoạn."));
  }

  @Test
  void documentWithoutTextIsNoText() {
    assertEquals(Reason.NO_TEXT, failure(new DocxFixture().body("<w:p/>").bytes()).reason());
  }

  @Test
  void emptyInputIsNoText() {
    assertEquals(Reason.NO_TEXT, failure(new byte[0]).reason());
  }

  @Test
  void realResolutionKeepsHeaderLinesAndArticles() throws Exception {
    Path file = EvalDir.file("corpus/formats/nq-205-2024-hdnd-quangninh.docx");
    ExtractedDocument doc = Extractors.standard().extract(file, ExtractContext.DEFAULT);
    List<String> lines = doc.text().lines().limit(6).toList();
    assertEquals(
        List.of(
            "HỘI ĐỒNG NHÂN DÂN",
            "TỈNH QUẢNG NINH",
            "Số: 205/NQ-HĐND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Ninh, ngày 10 tháng 7 năm 2024"),
        lines);
    assertTrue(doc.text().contains("\nĐiều 1. Hội đồng nhân dân tỉnh thống nhất"));
  }

  @Test
  void realReportRendersAutomaticNumbering() throws Exception {
    Path file = EvalDir.file("corpus/real/kh-ubnd-lamdong-2026-cchc.docx");
    ExtractedDocument doc = Extractors.standard().extract(file, ExtractContext.DEFAULT);
    long items = doc.blocks().stream().filter(b -> b.type() == BlockType.LIST_ITEM).count();
    assertTrue(items >= 10, "list items: " + items);
    assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.TABLE));
  }

  private ExtractedDocument extract(DocxFixture fixture) throws Exception {
    return extractor.extract(new ByteArrayInputStream(fixture.bytes()), ExtractContext.DEFAULT);
  }

  private ExtractionException failure(byte[] bytes) {
    return assertThrows(
        ExtractionException.class,
        () -> extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT));
  }

  private static String lvl(int ilvl, String format, String text, int start) {
    return "<w:lvl w:ilvl=\""
        + ilvl
        + "\"><w:start w:val=\""
        + start
        + "\"/><w:numFmt w:val=\""
        + format
        + "\"/><w:lvlText w:val=\""
        + text
        + "\"/></w:lvl>";
  }
}
