package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualifiersTest {

  @ParameterizedTest
  @CsvSource({
    "đạt trên 10,MORE_THAN,4",
    "hơn 28,MORE_THAN,0",
    "vượt 5,MORE_THAN,0",
    "ít nhất 3,AT_LEAST,0",
    "tối thiểu 80,AT_LEAST,0",
    "không dưới 2,AT_LEAST,0",
    "dưới 3,LESS_THAN,0",
    "tối đa 3,AT_MOST,0",
    "không quá 4,AT_MOST,0",
    "khoảng 40,ABOUT,0",
    "gần 30,ABOUT,0",
    "xấp xỉ 7,ABOUT,0",
    "trên dưới 10,ABOUT,0",
    "Trên 90,MORE_THAN,0",
    "có tỷ lệ hộ nghèo nhỏ hơn 10,LESS_THAN,18",
    "thấp hơn 5,LESS_THAN,0",
    "ít hơn 3,LESS_THAN,0",
    "lớn hơn 2,MORE_THAN,0",
    "không nhỏ hơn 50,AT_LEAST,0",
    "không thấp hơn 70,AT_LEAST,0",
    "không lớn hơn 20,AT_MOST,0",
    "nhỏ hơn hoặc bằng 15,AT_MOST,0",
    "lớn hơn hoặc bằng 25,AT_LEAST,0"
  })
  void findsTheQualifierBeforeANumber(String text, Qualifier q, int start) {
    Qualifiers.Found found = Qualifiers.before(text, text.lastIndexOf(' ') + 1);
    assertEquals(q, found.qualifier());
    assertEquals(start, found.start());
  }

  @ParameterizedTest
  @ValueSource(strings = {"đạt 10", "10", "nhơn 5", "trên10"})
  void findsNoneWithoutAQualifierWord(String text) {
    int digit = text.indexOf('1') >= 0 ? text.indexOf('1') : text.indexOf('5');
    assertNull(Qualifiers.before(text, digit));
  }

  @Test
  void seesTuBeforeANumber() {
    assertTrue(Qualifiers.fromBefore("từ 80% trở lên", 3));
    assertFalse(Qualifiers.fromBefore("đạt 80%", 4));
  }
}
