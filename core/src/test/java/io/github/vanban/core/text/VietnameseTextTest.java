package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest
  @CsvSource({
    "'Nghị quyết số 205/NQ-HÐND', 'Nghị quyết số 205/NQ-HĐND'",
    "'giai đoạn 2021 – 2025', 'giai đoạn 2021 - 2025'",
    "'“kinh tế di sản”', '\"kinh tế di sản\"'",
    "'Quảng\u00A0Ninh', 'Quảng Ninh'",
    "'dòng một\r\ndòng hai', 'dòng một\ndòng hai'",
    "'mềm\u00ADmại', 'mềmmại'",
  })
  void normalizesVariants(String input, String expected) {
    assertEquals(expected, VietnameseText.normalize(input).text());
  }

  @Test
  void composesNfdAndMapsOffsets() {
    String nfd = Normalizer.normalize("Hội đồng nhân dân", Normalizer.Form.NFD);
    NormalizedText n = VietnameseText.normalize(nfd);
    assertEquals("Hội đồng nhân dân", n.text());
    assertEquals(n.text().length(), n.map(nfd.length()));
    int oldStartOfDong = nfd.indexOf("đ");
    assertEquals(n.text().indexOf("đồng"), n.map(oldStartOfDong));
  }

  @Test
  void emptyInputGivesEmptyText() {
    assertEquals("", VietnameseText.normalize("").text());
    assertEquals(0, VietnameseText.normalize("").map(0));
  }

  @Test
  void foldsDiacritics() {
    assertEquals("kinh te di san", VietnameseText.foldDiacritics("kinh tế di sản"));
    assertEquals("Dang uy DBSCL", VietnameseText.foldDiacritics("Đảng ủy ĐBSCL"));
  }
}
