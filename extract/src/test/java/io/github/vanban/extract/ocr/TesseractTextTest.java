package io.github.vanban.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TesseractTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "' Điều '|'Điều'",
        "'Vie\u0302\u0323t'|'Việt'",
        "'36§-CV/BPTT'|'368-CV/BPTT'",
        "'§.079,5'|'8.079,5'",
        "'§1,7'|'81,7'",
        "'§'|'§'"
      })
  void tidiesAWord(String raw, String expected) {
    assertEquals(expected, TesseractText.word(raw));
  }
}
