package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlyphTest {

  @Test
  void keepsTheBlankFlagItsTextGives() {
    Glyph space = new Glyph(" ", 10, 100, 3, 12, "Times", false, 0, false, true);
    assertTrue(space.blank());
    assertEquals(13, space.right());
    assertEquals(91, space.top());
  }

  @Test
  void refusesABlankFlagItsTextDoesNotGive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Glyph("ấ", 10, 100, 6, 12, "Times", false, 0, false, true));
    assertEquals("blank is true for the text 'ấ'", e.getMessage());
  }
}
