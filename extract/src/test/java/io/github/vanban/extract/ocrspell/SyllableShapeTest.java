package io.github.vanban.extract.ocrspell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyllableShapeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quyết", "nghị", "định", "số", "nhất", "người", "giữa", "gì", "gìn", "hòa", "hoà", "thủy",
        "thuỷ", "kỹ", "quý", "qúy", "xoong", "khuya", "nguồn", "nguỗn", "đây", "đẩy", "của", "tuần",
        "huých", "y", "ở", "việc", "chuyển", "kiểm", "cải", "bổ", "đổi", "đồi", "tình", "thân"
      })
  void acceptsPossibleSyllables(String word) {
    assertTrue(SyllableShape.isValid(word), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nhât", "quyêt", "quyét", "cäi", "nhat", "vat", "cá̃", "ci", "ngi", "ge", "gha", "ka",
        "hđnd", "ubnd", "word", "fax", "quu", "uyêt", "bâ", "nhàt"
      })
  void rejectsImpossibleOnes(String word) {
    assertFalse(SyllableShape.isValid(word), word);
  }

  @ParameterizedTest
  @CsvSource({"quyết,quyet", "QUYÉT,QUYET", "cäi,cai", "đẩy,day", "Đồng,Dong", "ưu,uu"})
  void stripsEveryMark(String word, String skeleton) {
    assertEquals(skeleton, SyllableShape.skeleton(word));
  }
}
