package io.github.vanban.extract.html;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final String LONG =
      " Tỉnh tiếp tục đẩy mạnh cơ cấu lại khu vực công nghiệp, phát triển công nghiệp chế biến,"
          + " chế tạo theo tinh thần Nghị quyết số 01-NQ/TU của Tỉnh ủy giai đoạn 2020-2025.";

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void keepsTheArticleAndDropsTheChrome() throws Exception {
    String html =
        "<html><head><title>Tin | Báo</title><meta name=\"author\" content=\"Thanh Vân\">"
            + "<meta property=\"article:published_time\" content=\"2024-04-05\"></head><body>"
            + "<header><nav><a href=/>Trang chủ</a></nav></header><script>var x='Điều lạ';</script>"
            + "<article><h1>Tiêu đề bài</h1><h3>Mục nhỏ</h3><p>Đoạn một."
            + LONG
            + "</p>"
            + "<figure><img alt=\"Ảnh cầu\"><figcaption>Ảnh cầu</figcaption></figure>"
            + "<ol type=\"a\"><li>thứ nhất</li><li>thứ hai</li></ol><ul><li>gạch</li></ul>"
            + "<div class=\"box-tin-lien-quan\"><a href=/x>Bài khác</a></div>"
            + "<h3>Xem thêm</h3><ul><li><a href=/y>Hạ Long khai trương</a></li></ul></article>"
            + "<aside><h3>Tin liên quan</h3><a href=/z>Một tin</a></aside>"
            + "<footer>Giấy phép số 123/GP-BTTTT</footer></body></html>";
    ExtractedDocument doc = extract(html.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "Tiêu đề bài",
            "Mục nhỏ",
            "Đoạn một." + LONG,
            "Ảnh cầu",
            "a. thứ nhất",
            "b. thứ hai",
            "- gạch"),
        doc.text().lines().toList());
    assertEquals(
        List.of(
            BlockType.HEADING,
            BlockType.HEADING,
            BlockType.PARAGRAPH,
            BlockType.PARAGRAPH,
            BlockType.LIST_ITEM,
            BlockType.LIST_ITEM,
            BlockType.LIST_ITEM),
        doc.blocks().stream().map(Block::type).toList());
    assertEquals(3, doc.blocks().get(1).level());
    assertEquals("Tin | Báo", doc.metadata().title());
    assertEquals("Thanh Vân", doc.metadata().author());
    assertEquals("2024-04-05", doc.metadata().created());
  }

  @Test
  void tablesBecomeTableBlocksAndTheOfficialHeaderLines() throws Exception {
    String html =
        "<html><body><div><table><tr><td><p>BỘ TÀI CHÍNH</p><p>Số: 130/2025/TT-BTC</p></td>"
            + "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table>"
            + "<p>THÔNG TƯ"
            + LONG
            + "</p><table><tr><th>Chỉ tiêu</th><th>Tỷ lệ (%)</th></tr>"
            + "<tr><td>GRDP</td><td>11,03</td></tr></table></div></body></html>";
    ExtractedDocument doc = extract(html.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        doc.text()
            .startsWith("BỘ TÀI CHÍNH\nSố: 130/2025/TT-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"));
    Block table = doc.blocks().get(doc.blocks().size() - 1);
    assertEquals(BlockType.TABLE, table.type());
    assertEquals("11,03", table.rows().get(1).get(1).of(doc.text()));
  }

  @Test
  void aDataTableThatIsMostOfThePageStaysATableUnderItsHeader() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 15; i++) {
      rows.append("<tr><td>")
          .append(i)
          .append("</td><td>Kim ngạch xuất khẩu của huyện số ")
          .append(i)
          .append("</td><td>Triệu USD</td><td>3.000</td><td>3.200</td></tr>");
    }
    String html =
        "<html><body><p>ỦY BAN NHÂN DÂN TỈNH BẮC NINH</p><p>Số: 100/BC-UBND</p>"
            + "<p>BÁO CÁO</p><table><tr><td>STT</td><td>Chỉ tiêu</td><td>Đơn vị tính</td>"
            + "<td>Kế hoạch năm 2024</td><td>Ước thực hiện năm 2024</td></tr>"
            + rows
            + "</table></body></html>";
    ExtractedDocument doc = extract(html.getBytes(StandardCharsets.UTF_8));
    assertTrue(doc.text().startsWith("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 100/BC-UBND\n"));
    Block table = doc.blocks().get(doc.blocks().size() - 1);
    assertEquals(BlockType.TABLE, table.type());
    assertEquals(16, table.rows().size());
  }

  @Test
  void readsTheDeclaredCharset() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1258\"></head><body><p>"
            + "Ông Đá ơi, ".repeat(30)
            + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1258"));
    assertTrue(extract(bytes).text().startsWith("Ông Đá ơi, Ông Đá ơi"));
  }

  @Test
  void pageWithoutContentIsNoText() {
    byte[] html = "<html><body><nav>Trang chủ</nav><p>Không có gì</p></body></html>".getBytes();
    assertEquals(Reason.NO_TEXT, failure(html).reason());
  }

  @Test
  void emptyInputIsNoText() {
    assertEquals(Reason.NO_TEXT, failure(new byte[0]).reason());
  }

  @Test
  void newsItemHasNoFooterLicenceNorRelatedHeadlines() throws Exception {
    String text = real("corpus/formats/tin-3-khau-dot-pha-quangninh.html").text();
    assertTrue(text.startsWith("Quảng Ninh tập trung thực hiện tốt 3 khâu đột phá chiến lược"));
    assertTrue(text.contains("đạt 8,79%./."));
    for (String chrome :
        List.of(
            "123/GP-BTTTT",
            "Giấy phép",
            "Tin liên quan",
            "Xem thêm",
            "nghỉ lễ",
            "Hạ Long khai trương",
            "Trang chủ",
            "Tòa soạn")) {
      assertFalse(text.contains(chrome), chrome);
    }
  }

  @Test
  void featureArticleIsRead() throws Exception {
    ExtractedDocument doc = real("corpus/formats/bai-10-nam-doi-moi-quangninh.html");
    assertTrue(doc.text().startsWith("Quảng Ninh: 10 năm đổi mới, sáng tạo vì nhân dân\n"));
    assertTrue(doc.text().length() > 15_000, "length " + doc.text().length());
    assertEquals(BlockType.HEADING, doc.blocks().get(0).type());
  }

  @Test
  void vbplPagesGiveTheLegalText() throws Exception {
    String text = real("corpus/real/vbpl-nd-314-2025-cp-quyche-ubnd.html").text();
    assertTrue(text.startsWith("CHÍNH PHỦ\nSố: 314/2025/NĐ-CP\n"), text.substring(0, 40));
    assertTrue(text.contains("Điều 1."));
    assertFalse(text.contains("Hiển thị chi tiết cập nhật"));
    String old = real("corpus/real/vbpl-old-blhs-100-2015.html").text();
    assertTrue(old.startsWith("QUỐC HỘI\nSố: 100/2015/QH13\nCỘNG HOÀ"), old.substring(0, 40));
    assertTrue(old.contains("Điều 426. Hiệu lực thi hành"));
    assertFalse(old.contains("Ngày có hiệu lực"));
  }

  @Test
  void vbplMetadataOnlyPageIsNoText() {
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> real("corpus/real/vbpl-qd-2355-ttg-metadata-only.html"));
    assertEquals(Reason.NO_TEXT, e.reason());
  }

  private ExtractedDocument real(String relative) throws ExtractionException {
    return Extractors.standard().extract(EvalDir.file(relative), ExtractContext.DEFAULT);
  }

  private ExtractedDocument extract(byte[] bytes) throws Exception {
    return extractor.extract(new ByteArrayInputStream(bytes), ExtractContext.DEFAULT);
  }

  private ExtractionException failure(byte[] bytes) {
    return assertThrows(ExtractionException.class, () -> extract(bytes));
  }
}
