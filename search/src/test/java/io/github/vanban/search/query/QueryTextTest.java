package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "205/NQ-HĐND | \"205/NQ-HĐND\"",
        "nghị quyết 205/nq-hdnd năm 2024 | nghị quyết \"205/nq-hdnd\" năm 2024",
        "number:18-NQ/TW | number:\"18-NQ/TW\"",
        "ngày 10/7/2024 | ngày \"10/7/2024\"",
        "\"đã 205/NQ trong\" 1/2 | \"đã 205/NQ trong\" \"1/2\"",
        "kinh tế /regex/ | kinh tế /regex/",
        "a/b | a/b",
        "'' | ''"
      })
  void quotesSlashedWordsOutsideQuotes(String in, String out) {
    assertEquals(out, QueryText.quoteSlashedWords(in));
  }
}
