package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLineTest {

  @Test
  void blanksMarkupAndKeepsOffsets() {
    String text = "## NGHỊ QUYẾT\n**Nguyễn Xuân Ký**\n\n  Số: 205\\/NQ  ";
    List<HeaderLine> lines = HeaderLine.split(text);
    assertEquals(4, lines.size());
    assertEquals("NGHỊ QUYẾT", lines.get(0).text());
    assertEquals("NGHỊ QUYẾT", lines.get(0).span().of(text));
    assertEquals("Nguyễn Xuân Ký", lines.get(1).text());
    assertEquals("Nguyễn Xuân Ký", lines.get(1).span().of(text));
    assertTrue(lines.get(2).isBlank());
    assertEquals("Số: 205 /NQ", lines.get(3).text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM                      | ''
          Độc lập - Tự do - Hạnh phúc                             | ''
          ĐẢNG CỘNG SẢN VIỆT NAM                                  | ''
          TỈNH QUẢNG NINH        Độc lập - Tự do - Hạnh phúc      | TỈNH QUẢNG NINH
          HỘI ĐỒNG NHÂN DÂN   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM  | HỘI ĐỒNG NHÂN DÂN
          SỞ NỘI VỤ                                               | SỞ NỘI VỤ
          HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc | HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
          """)
  void removesTheMotto(String line, String left) {
    assertEquals(left, HeaderLine.split(line).get(0).withoutMotto());
  }

  @Test
  void emptyTextIsOneBlankLine() {
    assertEquals(1, HeaderLine.split("").size());
    assertTrue(HeaderLine.split("").get(0).isBlank());
    assertTrue(HeaderLine.split("-----").get(0).isDecoration());
    assertTrue(HeaderLine.split("DỰ THẢO").get(0).isMarker());
  }
}
