package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void comparesWholeWordsInAnyCase() {
    assertTrue(Texts.wordAt("Tỷ đồng", 0, "tỷ"));
    assertFalse(Texts.wordAt("tỷlệ", 0, "tỷ"));
    assertTrue(Texts.wordEndsAt("đạt trên", 8, "trên"));
    assertFalse(Texts.wordEndsAt("đạttrên", 7, "trên"));
    assertFalse(Texts.regionAt("ab", 1, "bc"));
  }

  @Test
  void skipsBoundedRunsOfSpaces() {
    assertEquals(3, Texts.skipSpaces("a     b", 1, 2));
    assertEquals(1, Texts.backSpaces("a  b", 3, 5));
    assertTrue(Texts.dashAt("3\u20135", 1));
    assertFalse(Texts.charIn("", 0, "%"));
  }
}
