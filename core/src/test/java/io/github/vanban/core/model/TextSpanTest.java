package io.github.vanban.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void rejectsInvalidRangesWithTheValuesInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 3));
    assertEquals("invalid span [5, 3)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 3));
  }

  @Test
  void relationsAndText() {
    TextSpan s = new TextSpan(2, 6);
    assertEquals(4, s.length());
    assertTrue(s.contains(new TextSpan(3, 6)));
    assertTrue(s.overlaps(new TextSpan(5, 9)));
    assertFalse(s.overlaps(new TextSpan(6, 9)));
    assertEquals("2345", s.of("0123456789"));
  }
}
