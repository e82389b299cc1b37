package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          205/NQ-HĐND      | 205/NQ-HDND
          205/nq-hdnd      | 205/NQ-HDND
          205/NQ-HÐND      | 205/NQ-HDND
          06-NQ/TU         | 6-NQ/TU
          6 – nq/tu        | 6-NQ/TU
          1641/TTr-UBND    | 1641/TTR-UBND
          0013/2023/NQ-HĐND | 13/2023/NQ-HDND
          522/2002/QĐ.UB   | 522/2002/QD.UB
          0                | 0
          ''               | ''
          """)
  void foldsSpellingsToOneKey(String number, String key) {
    assertEquals(key, DocumentNumbers.key(number));
  }

  @Test
  void foldsNfdAndLineBreaks() {
    String nfd = Normalizer.normalize("205/NQ-HĐND", Normalizer.Form.NFD);
    assertEquals("205/NQ-HDND", DocumentNumbers.key(nfd));
    assertEquals("205/NQ-HDND", DocumentNumbers.key("205/NQ-\nHĐND"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          205/nq-hđnd       | 205/NQ-HDND
          0013/2023/nq-hđnd | 13/2023/NQ-HDND
          6 – nq/tu         | 6-NQ/TU
          quyết định số 01  | QUYẾTDỊNHSỐ01
          000               | 0
          ''                | ''
          """)
  void keysSimpleSpellingsInPlace(String number, String key) {
    char[] chars = (number + "tail").toCharArray();
    int length = DocumentNumbers.keyInPlace(chars, number.length());
    assertEquals(key, new String(chars, 0, length));
    assertEquals(DocumentNumbers.key(number), new String(chars, 0, length));
  }

  @Test
  void leavesTextNeedingNormalisationUntouched() {
    for (String number :
        List.of("1/STRAßE", Normalizer.normalize("5/NQ-TỈNH", Normalizer.Form.NFD), "1/ǰ")) {
      char[] chars = number.toCharArray();
      assertEquals(
          DocumentNumbers.NOT_IN_PLACE, DocumentNumbers.keyInPlace(chars, chars.length), number);
      assertEquals(number, new String(chars));
    }
  }

  @Test
  void matchesEquivalentSpellingsOnly() {
    assertTrue(DocumentNumbers.matches("06-NQ/TU", "6-nq/tu"));
    assertFalse(DocumentNumbers.matches("06-NQ/TU", "06/NQ-TU"));
    assertFalse(DocumentNumbers.matches("205/NQ-HĐND", "2050/NQ-HĐND"));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> DocumentNumbers.key(null));
  }
}
