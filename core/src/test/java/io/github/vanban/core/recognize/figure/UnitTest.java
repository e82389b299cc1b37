package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void keepsItsParts() {
    Unit u = new Unit("USD", "USD", UnitKind.MONEY);
    assertEquals("USD", u.canonical());
    assertEquals(UnitKind.MONEY, u.kind());
  }

  @Test
  void rejectsBlankForms() {
    assertThrows(IllegalArgumentException.class, () -> new Unit(" ", "x", UnitKind.COUNT));
    assertThrows(IllegalArgumentException.class, () -> new Unit("x", null, UnitKind.COUNT));
    assertThrows(NullPointerException.class, () -> new Unit("x", "x", null));
  }
}
