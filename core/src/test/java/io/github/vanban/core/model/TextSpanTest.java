package io.github.vanban.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  @Test
  void containsAnOffsetFromStartUpToButNotIncludingEnd() {
    TextSpan s = new TextSpan(2, 6);
    assertFalse(s.contains(1));
    assertTrue(s.contains(2));
    assertTrue(s.contains(5));
    assertFalse(s.contains(6));
    assertFalse(new TextSpan(4, 4).contains(4));
  }

  @Test
  void shiftMovesBothEnds() {
    assertEquals(new TextSpan(12, 16), new TextSpan(2, 6).shift(10));
    assertEquals(new TextSpan(0, 4), new TextSpan(2, 6).shift(-2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(2, 6).shift(-3));
    assertEquals("invalid span [-1, 3)", e.getMessage());
  }

  @Test
  void sortsByStartThenByEnd() {
    List<TextSpan> spans =
        new ArrayList<>(
            List.of(
                new TextSpan(5, 9), new TextSpan(0, 3), new TextSpan(5, 5), new TextSpan(3, 4)));
    Collections.sort(spans);
    assertEquals(
        List.of(new TextSpan(0, 3), new TextSpan(3, 4), new TextSpan(5, 5), new TextSpan(5, 9)),
        spans);
    assertEquals(0, new TextSpan(1, 2).compareTo(new TextSpan(1, 2)));
  }
}
