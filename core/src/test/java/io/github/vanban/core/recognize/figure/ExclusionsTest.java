package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExclusionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          (1) Phát triển          | 1  | 2
          kỳ họp thứ 19 thông qua | 11 | 13
          Bão số 3 (Yagi)         | 7  | 8
          Điều 80 Luật            | 5  | 7
          số 205/NQ-HĐND          | 3  | 6
          số 18-NQ/TW             | 3  | 5
          Covid-19 kéo dài        | 6  | 8
          QCVN 01-1:2008          | 10 | 14
          mức độ 2/3              | 7  | 8
          """)
  void seesIdentifiers(String text, int start, int end) {
    assertTrue(Exclusions.identifier(text, start, end));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          đạt 12% tổng số     | 4 | 6
          19 - 20% GRDP       | 0 | 2
          trên 2,8 tỷ USD     | 5 | 8
          """)
  void letsFiguresThrough(String text, int start, int end) {
    assertFalse(Exclusions.identifier(text, start, end));
  }
}
