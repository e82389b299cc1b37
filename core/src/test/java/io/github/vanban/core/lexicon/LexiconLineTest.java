package io.github.vanban.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconLineTest {

  @Test
  void givesFieldsByColumnWithAFallbackForMissingOrEmptyOnes() {
    LexiconLine line = new LexiconLine(4, List.of("MONEY", "USD", ""));
    assertEquals("USD", line.field(1));
    assertEquals("usd", line.field(2, "usd"));
    assertEquals("none", line.field(5, "none"));
    assertEquals(3, line.size());
    assertThrows(IndexOutOfBoundsException.class, () -> line.field(3));
  }

  @Test
  void copiesItsFields() {
    List<String> fields = new ArrayList<>(List.of("a"));
    LexiconLine line = new LexiconLine(1, fields);
    fields.add("b");
    assertEquals(List.of("a"), line.fields());
  }

  @Test
  void rejectsANumberBelowOneAndAnEmptyLine() {
    assertThrows(IllegalArgumentException.class, () -> new LexiconLine(0, List.of("a")));
    assertThrows(IllegalArgumentException.class, () -> new LexiconLine(1, List.of()));
  }
}
