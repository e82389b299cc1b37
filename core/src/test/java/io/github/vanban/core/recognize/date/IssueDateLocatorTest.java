package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.segment.SentenceSegmenter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssueDateLocatorTest {

  private final IssueDateLocator locator = new IssueDateLocator();
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private Optional<IssueDateLocator.IssueLine> locate(String text) {
    return locator.locate(text, segmenter.split(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Số: 205/NQ-HĐND\\nQuảng Ninh, ngày 10 tháng 7 năm 2024\\nNGHỊ QUYẾT | Quảng Ninh    | 2024-07-10
          Số: 205/NQ-HĐND Quảng Ninh, ngày 10 tháng 7 năm 2024                | Quảng Ninh    | 2024-07-10
          SỞ NỘI VỤ\\nLâm Đồng, ngày 05/3/2025                               | Lâm Đồng      | 2025-03-05
          TP. Hồ Chí Minh, ngày 1 tháng 2 năm 2023                            | TP. Hồ Chí Minh | 2023-02-01
          Thành phố Hạ Long, ngày 1 tháng 2 năm 2023                          | Thành phố Hạ Long | 2023-02-01
          Tuần Giáo, ngày12 tháng 11 năm 2020                                 | Tuần Giáo     | 2020-11-12
          Hà Nội, ngày 28\\n\\ntháng 02 năm 2025                              | Hà Nội        | 2025-02-28
          """)
  void findsThePlaceAndTheDay(String input, String place, String issued) {
    String text = input.replace("\\n", "\n");
    IssueDateLocator.IssueLine line = locate(text).orElseThrow();
    assertEquals(place, line.place());
    int start = text.indexOf(place);
    assertEquals(new TextSpan(start, start + place.length()), line.placeSpan());
    assertEquals(issued, line.date().value());
    assertEquals(line.date().text(), line.date().span().of(text));
    assertEquals(Integer.parseInt(issued.substring(0, 4)), line.year().orElseThrow());
  }

  @Test
  void keepsThePlaceOfADraftWithABlankDay() {
    IssueDateLocator.IssueLine line =
        locate("Số:           /KH-UBND\nLâm Đồng, ngày       tháng 12 năm 2025").orElseThrow();
    assertEquals("Lâm Đồng", line.place());
    assertNull(line.date());
    assertTrue(line.year().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Theo báo cáo, ngày 10/7/2024 tỉnh đã", "Tin tức trong ngày về kinh tế"})
  void findsNothingWithoutAPlaceFollowedByAFullDay(String text) {
    assertTrue(locate(text).isEmpty(), () -> String.valueOf(locate(text)));
  }
}
