package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCodeTest {

  private final DocumentTypes types = DocumentTypes.standard();

  private NumberCode read(String code) {
    return NumberCode.read(code, 0, code.length(), types).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NQ-HĐND           | HĐND              | 7
          NQ - HDND         | HĐND              | 9
          NQ-\\nHĐND        | HĐND              | 8
          TTr-CAT(PC04)     | CAT(PC04)         | 13
          QĐ.UB             | UB                | 5
          ĐA-CPngày         | CP                | 5
          NQ-HĐND - Tiếp    | HĐND              | 7
          TTr-CAT(PC04      | CAT               | 7
          """)
  void readsPartsAndWhereTheCodeEnds(String written, String issuer, int end) {
    String code = written.replace("\\n", "\n");
    NumberCode read = read(code);
    assertEquals(issuer, read.canonical(1, types));
    assertEquals(end, read.end());
  }

  @Test
  void keepsSeparatorsAndParts() {
    NumberCode code = read("TTLT-BNV-BTC");
    assertEquals(List.of("TTLT", "BNV", "BTC"), code.parts());
    assertEquals(List.of("-", "-"), code.joins());
    assertEquals("-", code.firstJoin());
    assertEquals("BNV-BTC", code.canonical(1, types));
    assertNull(code.canonical(3, types));
  }

  @Test
  void rejectsAnOrdinaryFirstWord() {
    assertEquals(Optional.empty(), NumberCode.read("Năm", 0, 3, types));
    assertEquals(Optional.empty(), NumberCode.read("", 0, 0, types));
  }
}
