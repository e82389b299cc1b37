package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanbanCommandTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  @Test
  void helpListsSubcommands() {
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().contains("extract"), cli.out());
  }

  @Test
  void versionNamesTheProduct() {
    assertEquals(0, cli.run("--version"));
    assertTrue(cli.out().startsWith("vanban "), cli.out());
    assertEquals(0, cli.run("extract", "--version"));
  }

  @Test
  void badUsageExitsTwoWithOneClearLine() {
    assertEquals(2, cli.run("extract", "--text"));
    assertTrue(cli.err().startsWith("vanban: Missing required parameter"), cli.err());
    assertEquals(2, cli.run("--no-such-option"));
    assertEquals(2, cli.run());
  }

  @Test
  void extractTextSeparatesDocumentsWithFormFeed() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Nghị quyết", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "Quyết định", StandardCharsets.UTF_16);
    assertEquals(0, cli.run("extract", "--text", a.toString(), b.toString()));
    assertEquals("Nghị quyết\n\fQuyết định\n", cli.out());
  }

  @Test
  void unreadableFileIsReportedAndTheRestGoesOn() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Báo cáo", StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path missing = dir.resolve("missing.txt");
    assertEquals(
        1, cli.run("extract", "--json", empty.toString(), missing.toString(), good.toString()));
    String[] lines = cli.out().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[0].contains("\"error\":\"NO_TEXT: the file is empty\""), lines[0]);
    assertTrue(lines[1].contains("\"error\":\"UNREADABLE: "), lines[1]);
    assertTrue(lines[2].contains("\"text\":\"Báo cáo\""), lines[2]);
    assertEquals(2, cli.err().lines().count(), cli.err());
    assertTrue(!cli.err().contains("Exception"), cli.err());
  }
}
