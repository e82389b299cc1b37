package io.github.vanban.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.recognize.number.DocumentTypes;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconReaderTest {

  private final LexiconReader reader = new LexiconReader("test.tsv", 2, 3);

  private List<LexiconLine> read(String text) throws IOException {
    return reader.read(new StringReader(text));
  }

  @Test
  void skipsCommentsAndBlankLinesKeepingLineNumbers() throws IOException {
    List<LexiconLine> lines =
        read("# units\n\nMONEY\tđồng\n   \n  # indented comment\nCOUNT\tngười\n");
    assertEquals(2, lines.size());
    assertEquals(3, lines.get(0).number());
    assertEquals(List.of("MONEY", "đồng"), lines.get(0).fields());
    assertEquals(6, lines.get(1).number());
  }

  @Test
  void stripsFieldsAndNormalisesToNfc() throws IOException {
    String nfd = Normalizer.normalize("Hội đồng", Normalizer.Form.NFD);
    LexiconLine line = read("  BODY \t " + nfd + " \r\n").get(0);
    assertEquals(List.of("BODY", "Hội đồng"), line.fields());
  }

  @Test
  void keepsEmptyFieldsBetweenTabs() throws IOException {
    LexiconLine line = read("a\t\tc\n").get(0);
    assertEquals(List.of("a", "", "c"), line.fields());
  }

  @Test
  void rejectsTooFewOrTooManyFieldsWithTheLexiconAndLineNumber() {
    IllegalArgumentException few =
        assertThrows(IllegalArgumentException.class, () -> read("a\tb\n# c\nlonely\n"));
    assertTrue(few.getMessage().contains("test.tsv line 3"), few.getMessage());
    assertTrue(few.getMessage().contains("expected 2 to 3 fields, got 1"), few.getMessage());
    IllegalArgumentException many =
        assertThrows(IllegalArgumentException.class, () -> read("a\tb\tc\td\n"));
    assertTrue(many.getMessage().contains("line 1"), many.getMessage());
  }

  @Test
  void anEmptyLexiconHasNoLines() throws IOException {
    assertEquals(List.of(), read(""));
    assertEquals(List.of(), read("# only a comment\n\n"));
  }

  @Test
  void readsABundledResourceBesideItsOwner() {
    List<LexiconLine> rows =
        new LexiconReader("type-codes.tsv", 2, 2).readResource(DocumentTypes.class);
    assertTrue(rows.size() > 20, "rows: " + rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.field(0).equals("NQ")));
  }

  @Test
  void aMissingResourceIsAPackagingError() {
    LexiconReader missing = new LexiconReader("nothing.tsv", 1, 1);
    assertThrows(IllegalStateException.class, () -> missing.readResource(DocumentTypes.class));
  }

  @Test
  void aBundledResourceWithTooFewColumnsIsRejected() {
    LexiconReader twoColumns = new LexiconReader("type-names.txt", 2, 2);
    assertThrows(
        IllegalArgumentException.class, () -> twoColumns.readResource(DocumentTypes.class));
  }

  @Test
  void rejectsAnInvalidRangeOfFields() {
    assertThrows(IllegalArgumentException.class, () -> new LexiconReader("x", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LexiconReader("x", 3, 2));
  }
}
