package io.github.vanban.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {

  @TempDir Path dir;

  @Test
  void withoutScopeEverythingIsAnnotated() throws IOException {
    Path p = Files.writeString(dir.resolve("a.gold.json"), "{\"file\":\"seeds/a.txt\"}");
    GoldFile g = GoldFile.read(p);
    assertEquals("seeds/a.txt", g.file());
    assertEquals(EnumSet.allOf(Category.class), g.scope());
    assertTrue(g.headerInScope());
  }

  @Test
  void scopeNamesTheAnnotatedCategories() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("b.gold.json"),
            "{\"file\":\"real/b.pdf\",\"scope\":[\"metrics\",\"references\"]}");
    GoldFile g = GoldFile.read(p);
    assertEquals(Set.of(Category.METRICS, Category.REFERENCES), g.scope());
    assertFalse(g.headerInScope());
  }

  @Test
  void refusesWhatIsNotAGoldFile() throws IOException {
    Path noFile = Files.writeString(dir.resolve("c.gold.json"), "{\"scope\":[]}");
    assertThrows(IOException.class, () -> GoldFile.read(noFile));
    Path badScope =
        Files.writeString(dir.resolve("d.gold.json"), "{\"file\":\"x\",\"scope\":[\"tables\"]}");
    assertThrows(IOException.class, () -> GoldFile.read(badScope));
  }

  @Test
  void splitFilesAssignDocumentsToParts() throws IOException {
    Path tsv =
        Files.writeString(dir.resolve("SPLIT.tsv"), "# file\tpart\nreal/b.pdf\ttest\tsome/repo\n");
    Split split = Split.read(tsv);
    GoldFile b =
        new GoldFile(
            "b",
            "real/b.pdf",
            Set.of(),
            false,
            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
    assertTrue(split.holds(b, "test"));
    assertFalse(split.holds(b, "dev"));
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "only-one-column\n");
    assertThrows(IOException.class, () -> Split.read(bad));
  }
}
