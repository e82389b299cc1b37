package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrDigitsTest {

  @ParameterizedTest
  @CsvSource({"l6, 16", "I5, 15", "1O, 10", "II, 11", "o9, 09", "28, 28"})
  void readsTheLettersOcrTakesForDigits(String written, String digits) {
    assertEquals(digits, OcrDigits.read(written));
  }
}
