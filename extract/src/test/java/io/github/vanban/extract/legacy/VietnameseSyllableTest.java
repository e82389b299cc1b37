package io.github.vanban.extract.legacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllableTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a", "ở", "Việt", "NGHIÊNG", "người", "rượu", "khuya", "khuỷu", "quyết", "qúy", "quý",
        "giữ", "gì", "gìn", "hoà", "hòa", "thuỷ", "thủy", "toán", "hoạch", "ngoài", "tuổi", "yếu",
        "xoong", "khuếch", "của", "mưa", "kìa", "đ" + "ã", "Đồng", "uống"
      })
  void acceptsSyllables(String word) {
    assertTrue(VietnameseSyllable.isValid(word), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "café",
        "english",
        "Müller",
        "nh©n",
        "cafộ",
        "tơị",
        "vuị",
        "nghiũ",
        "caùc",
        "quùy",
        "ăń",
        "â",
        "iê",
        "nghiêngx",
        "ááa",
        "µm",
        "2015"
      })
  void rejectsOtherWords(String word) {
    assertFalse(VietnameseSyllable.isValid(word), word);
  }
}
