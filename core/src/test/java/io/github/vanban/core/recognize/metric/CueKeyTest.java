package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueKeyTest {

  @ParameterizedTest
  @CsvSource({
    "hoà,hòa",
    "Thuỷ sản,thủy sản",
    "ĐÔ THỊ HOÁ,đô thị hóa",
    "quý,quý",
    "Quỹ,quỹ",
    "Khoẻ,khỏe",
    "Kế hoạch,kế hoạch",
    "hoàn thành,hoàn thành"
  })
  void foldsCaseAndOldTonePlacementKeepingTheLength(String text, String key) {
    assertEquals(key, CueKey.of(text));
    assertEquals(text.length(), CueKey.of(text).length());
    assertEquals(CueKey.of(key), CueKey.of(text));
  }

  @ParameterizedTest
  @CsvSource({"tăng,tang", "đạt,dat", "hóa,hoa"})
  void keepsDiacritics(String text, String folded) {
    assertNotEquals(CueKey.of(folded), CueKey.of(text));
  }
}
