package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuffixesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 vạn dân nữa        | 9
          vạn dân              | 7
          10.000 dân;          | 10
          100 nghìn dân        | 13
          1 vạn người          | -1
          năm                  | -1
          """)
  void readsPopulationDenominators(String text, int end) {
    assertEquals(end, Suffixes.density(text, 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tổng thiệt hại của cả nước | 14
          thôn, bản                  | 4
          TTHC có thể                | 4
          của cả nước                | 0
          ', nữa'                    | 0
          """)
  void readsUpToThreeWordsBeforeAFunctionWord(String text, int end) {
    assertEquals(end, Suffixes.words(text, 0));
  }
}
