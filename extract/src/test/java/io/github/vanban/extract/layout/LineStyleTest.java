package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineStyleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "- Như Điều 3;|true",
        "+ Lưu: VT.|true",
        "1. Tiếp tục đẩy mạnh|true",
        "1.2. Công tác xây dựng Đảng|true",
        "a) Kinh tế số;|true",
        "đ) Khác|true",
        "(3) Khai thác tối đa|true",
        "IV. NHIỆM VỤ|true",
        "I- KẾT QUẢ ĐẠT ĐƯỢC|true",
        "Điều 5. Hiệu lực thi hành|true",
        "Chương II|true",
        "1.000 tỷ đồng đã giải ngân|false",
        "19/4/2024 của HĐND tỉnh|false",
        "khách v.v...|false",
        "|false"
      })
  void marker(String text, boolean expected) {
    assertEquals(expected, LineStyle.startsWithMarker(text == null ? "" : text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "176/NQ-|HĐND ngày 08/12/2023|true",
        "Quyết định số 2764/QĐ-|TTg ngày 19 tháng 12|true",
        "năm 2020-|2025|true",
        "kinh tế -|xã hội|false",
        "xã hội-|con người|false",
        "Nghị quyết số|176/NQ-HĐND|false"
      })
  void brokenCodeJoinsWithoutSpace(String previous, String next, boolean expected) {
    assertEquals(expected, LineStyle.joinsWithoutSpace(previous, next));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"QUYẾT NGHỊ:|true", "NGHỊ QUYẾT|true", "Về nhiệm vụ|false", "ABC|false"})
  void upperCase(String text, boolean expected) {
    assertEquals(expected, LineStyle.isUpperCase(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"và các dự án|true", "(ii) các khu|true", "Hải quan|false", "2024 của|false"})
  void startsLower(String text, boolean expected) {
    assertEquals(expected, LineStyle.startsLower(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"năm 2024;|true", "sau đây:|true", "thông qua./.|true"})
  void endsClause(String text, boolean expected) {
    assertEquals(expected, LineStyle.endsClause(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"đạt trên 17 triệu lượt", "Trung ương,", "''"})
  void noClauseEnd(String text) {
    assertFalse(LineStyle.endsClause(text));
  }
}
