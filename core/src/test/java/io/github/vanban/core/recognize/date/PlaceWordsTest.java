package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Quảng Ninh                   | Quảng Ninh
          205/NQ-HĐND Quảng Ninh       | Quảng Ninh
          TP. Hồ Chí Minh              | TP. Hồ Chí Minh
          tại Bà Rịa-Vũng Tàu          | Bà Rịa-Vũng Tàu
          *Quảng Ninh                  | Quảng Ninh
          Số: 256/QĐ-UB TP.Cần Thơ     | TP.Cần Thơ
          Theo báo cáo                 | ''
          HĐND                         | ''
          ''                           | ''
          """)
  void scansBackOverThePlace(String before, String place) {
    String text = before + ", ngày 1/1/2024";
    int end = before.length();
    assertEquals(place, text.substring(PlaceWords.startBefore(text, end, 0), end));
  }
}
