package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Predicate;
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

  /** The tests of a whole line, by name. */
  private static final Map<String, Predicate<String>> LINE_TESTS =
      Map.of(
          "isUpperCase", LineStyle::isUpperCase,
          "startsLower", LineStyle::startsLower,
          "endsClause", LineStyle::endsClause);

  @ParameterizedTest(name = "{0}({1}) is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          isUpperCase | QUYẾT NGHỊ:            | true
          isUpperCase | NGHỊ QUYẾT             | true
          isUpperCase | Về nhiệm vụ            | false
          isUpperCase | ABC                    | false
          startsLower | và các dự án           | true
          startsLower | (ii) các khu           | true
          startsLower | Hải quan               | false
          startsLower | 2024 của               | false
          endsClause  | năm 2024;              | true
          endsClause  | sau đây:               | true
          endsClause  | thông qua./.           | true
          endsClause  | đạt trên 17 triệu lượt | false
          endsClause  | Trung ương,            | false
          endsClause  | ''                     | false
          """)
  void lineTest(String test, String text, boolean expected) {
    assertEquals(expected, LINE_TESTS.get(test).test(text));
  }
}
