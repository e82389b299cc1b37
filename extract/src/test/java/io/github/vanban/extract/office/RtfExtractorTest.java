package io.github.vanban.extract.office;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtfExtractorTest {

  private static final String FONTS =
      "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 .VnTime;}"
          + "{\\f2\\fnil\\fcharset0 VNI-Times;}{\\f3\\froman\\fcharset163 Times New Roman;}}";

  private final RtfExtractor extractor = new RtfExtractor();

  @Test
  void decodesUnicodeEscapesAndCodePage1258() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1258\\uc1\\deff0"
            + FONTS
            + "\\pard T\\u7881?nh Qu\\u7843?ng Ninh\\par"
            + "\\pard\\f3 H\\'d4I \\'d0\\'d3NG\\par}";
    assertEquals("Tỉnh Quảng Ninh\nHÔI ĐÓNG", extract(rtf).text());
  }

  @Test
  void aBinLengthBeyondTheFileIsCutToWhatIsLeftAndTheTextBeforeIsKept() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 Nghi quyet so 7.\\par"
            + "{\\pict\\bin2000000000 AB}}";
    assertEquals("Nghi quyet so 7.", extract(rtf).text().strip());
    String negative = "{\\rtf1\\ansi Truoc.\\par{\\pict\\bin-5 }Sau.\\par}";
    assertTrue(extract(negative).text().contains("Truoc."), extract(negative).text());
    String escaped = "{\\rtf1\\ansi Ky hieu \\\\bin99 giu nguyen.\\par}";
    assertTrue(extract(escaped).text().contains("bin99 giu nguyen"), extract(escaped).text());
  }

  @Test
  void convertsRunsInLegacyFonts() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0"
            + FONTS
            + "\\pard{\\f1 T\\'d8nh Qu\\'b6ng Ninh} v\\u224? {\\f2 Qua\\'fbng Ninh}\\par}";
    assertEquals("Tỉnh Quảng Ninh và Quảng Ninh", extract(rtf).text());
  }

  @Test
  void readsTablesAndTheHeaderTable() throws Exception {
    String header =
        "\\trowd\\cellx4000\\cellx9000\\pard\\intbl \\u7910?Y BAN\\par S\\u7889? 5/Q\\u272?\\cell"
            + "\\pard\\intbl C\\u7896?NG H\\'d2A X\\'c3 H\\u7896?I CH\\u7910? NGH\\u296?A VI\\u7878?T NAM"
            + "\\cell\\row";
    String data =
        "\\trowd\\cellx3000\\cellx6000\\pard\\intbl Ch\\u7881? ti\\u234?u\\cell\\pard\\intbl %"
            + "\\cell\\row\\trowd\\cellx3000\\cellx6000\\pard\\intbl GRDP\\cell\\pard\\intbl 11,03"
            + "\\cell\\row";
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0"
            + FONTS
            + header
            + "\\pard\\par"
            + data
            + "\\pard Sau b\\u7843?ng\\par}";
    ExtractedDocument doc = extract(rtf);
    assertEquals(
        "ỦY BAN\nSố 5/QĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nChỉ tiêu\t%\nGRDP\t11,03\nSau bảng",
        doc.text());
    Block table = doc.blocks().get(3);
    assertEquals(BlockType.TABLE, table.type());
    assertEquals("11,03", table.rows().get(1).get(1).of(doc.text()));
  }

  @Test
  void skipsFieldCodesAndKeepsFootnotesApart() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\deff0"
            + FONTS
            + "{\\info{\\title Ti\\u234?u \\u273?\\u7873?}{\\author Nguy\\u7877?n}}"
            + "\\pard Xem {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt trang}}"
            + "{\\footnote \\pard Ch\\u250? th\\u237?ch\\par}.\\par"
            + "{\\header \\pard D\\u7921? th\\u7843?o\\par}}";
    ExtractedDocument doc = extract(rtf);
    assertEquals("Xem trang.\nChú thích\nDự thảo", doc.text());
    assertEquals(
        List.of(BlockType.PARAGRAPH, BlockType.FOOTNOTE, BlockType.PAGE_FURNITURE),
        doc.blocks().stream().map(Block::type).toList());
    assertEquals("Tiêu đề", doc.metadata().title());
    assertEquals("Nguyễn", doc.metadata().author());
  }

  @Test
  void rtfWithoutTextIsNoText() {
    assertEquals(Reason.NO_TEXT, failure("{\\rtf1\\ansi" + FONTS + "\\pard\\par}").reason());
  }

  @Test
  void emptyInputIsNoText() {
    assertEquals(Reason.NO_TEXT, failure("").reason());
  }

  @Test
  void realTcvn3CircularComesOutInUnicode() throws Exception {
    ExtractedDocument doc =
        Extractors.standard()
            .extract(EvalDir.file("corpus/real/tt-btc-99-1998.tcvn3.rtf"), ExtractContext.DEFAULT);
    assertTrue(doc.text().startsWith("BỘ TÀI CHÍNH"), doc.text().substring(0, 40));
    assertTrue(doc.text().contains("Hướng dẫn thi hành Nghị định số 30/1998/NĐ-CP"));
    assertFalse(doc.text().contains("ChÝnh phñ"));
  }

  @Test
  void realUnicodeFormKeepsVietnameseAndFootnotes() throws Exception {
    ExtractedDocument doc =
        Extractors.standard()
            .extract(
                EvalDir.file("corpus/real/phieutrinh-vpubnd-binhthuan-2024-3367.rtf"),
                ExtractContext.DEFAULT);
    assertTrue(doc.text().startsWith("VĂN PHÒNG UBND TỈNH"), doc.text().substring(0, 40));
    assertTrue(doc.text().contains("Tờ trình số 3367/TTr-SNV ngày 28/11/2024"));
    assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.FOOTNOTE));
  }

  private ExtractedDocument extract(String rtf) throws Exception {
    return extractor.extract(
        new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)),
        ExtractContext.DEFAULT);
  }

  private ExtractionException failure(String rtf) {
    return assertThrows(ExtractionException.class, () -> extract(rtf));
  }
}
