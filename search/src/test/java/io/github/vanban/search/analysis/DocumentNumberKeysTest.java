package io.github.vanban.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberKeysTest {

  @ParameterizedTest
  @CsvSource({
    "205/NQ-HĐND, 205/nqhdnd",
    "205/nq-hdnd, 205/nqhdnd",
    "205/NQ-HDND, 205/nqhdnd",
    "'205/NQ-H\u00D0ND', 205/nqhdnd",
    "0205/NQ-HĐND, 205/nqhdnd",
    "'205 / NQ - HĐND', 205/nqhdnd",
    "'205/NQ\u2013HĐND', 205/nqhdnd",
    "13/2023/NQ-HĐND, 13/2023/nqhdnd",
    "06-NQ/TU, 6nq/tu",
    "6-NQ/TU, 6nq/tu",
    "1641/TTr-UBND, 1641/ttrubnd",
    "998/QĐ-TTg, 998/qdttg",
    "522/2002/QĐ.UB, 522/2002/qd.ub",
    "512/TTr-CAT(PC04), 512/ttrcat(pc04)",
    "0/QĐ-UB, 0/qdub",
    "'', ''",
    "' - / ', ''"
  })
  void everySpellingOfANumberHasOneKey(String number, String key) {
    assertEquals(key == null ? "" : key, DocumentNumberKeys.key(number == null ? "" : number));
  }

  @Test
  void differentNumbersKeepDifferentKeys() {
    assertNotEquals(DocumentNumberKeys.key("205/NQ-HĐND"), DocumentNumberKeys.key("205/NQ-UBND"));
    assertNotEquals(DocumentNumberKeys.key("20/NQ-HĐND"), DocumentNumberKeys.key("205/NQ-HĐND"));
    assertNotEquals(
        DocumentNumberKeys.key("522/2002/QĐ.UB"), DocumentNumberKeys.key("522/2002/QĐUB"));
  }
}
