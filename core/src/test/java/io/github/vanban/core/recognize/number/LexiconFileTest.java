package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

  @Test
  void readsRowsWithoutCommentsOrBlankLines() {
    List<String[]> rows = LexiconFile.rows("type-codes.tsv", 2);
    assertTrue(rows.size() > 30);
    assertTrue(rows.stream().noneMatch(r -> r[0].startsWith("#")));
    assertEquals("NQ", rows.get(0)[0]);
    assertEquals("Nghị quyết", rows.get(0)[1]);
  }

  @Test
  void failsOnAMissingResourceOrTooFewColumns() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> LexiconFile.rows("nothing.tsv", 1));
    assertTrue(missing.getMessage().contains("nothing.tsv"));
    assertThrows(IllegalStateException.class, () -> LexiconFile.rows("type-names.txt", 2));
  }
}
