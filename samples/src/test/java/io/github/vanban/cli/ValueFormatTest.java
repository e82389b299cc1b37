package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatTest {

  @ParameterizedTest
  @CsvSource({
    "2.8E9, '2,8 tỷ'",
    "4.9E14, 490 nghìn tỷ",
    "1.9E7, 19 triệu",
    "28000, 28.000",
    "8.42, '8,42'",
    "0.33333, '0,333'",
    "-1.5E6, '-1,5 triệu'",
    "0, 0"
  })
  void writesVietnameseNumbers(double value, String expected) {
    assertEquals(expected, ValueFormat.format(value));
  }

  @ParameterizedTest
  @CsvSource({"8.42, , %, '8,42%'", "2.8E9, , USD, '2,8 tỷ USD'", "3, 3.5, %, '3 - 3,5%'"})
  void addsTheUnit(double value, Double max, String unit, String expected) {
    assertEquals(expected, ValueFormat.format(value, max, unit));
  }
}
