package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VanbanCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return VanbanCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void helpListsSubcommands() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("extract"), out.toString());
  }

  @Test
  void versionNamesTheProduct() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("vanban "), out.toString());
    assertEquals(0, run("extract", "--version"));
  }

  @Test
  void badUsageExitsTwoWithOneClearLine() {
    assertEquals(2, run("extract", "--text"));
    assertTrue(err.toString().startsWith("vanban: Missing required parameter"), err.toString());
    assertEquals(2, run("--no-such-option"));
    assertEquals(2, run());
  }

  @Test
  void extractTextSeparatesDocumentsWithFormFeed() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Nghị quyết", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "Quyết định", StandardCharsets.UTF_16);
    assertEquals(0, run("extract", "--text", a.toString(), b.toString()));
    assertEquals("Nghị quyết\n\fQuyết định\n", out.toString());
  }

  @Test
  void unreadableFileIsReportedAndTheRestGoesOn() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Báo cáo", StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path missing = dir.resolve("missing.txt");
    assertEquals(
        1, run("extract", "--json", empty.toString(), missing.toString(), good.toString()));
    String[] lines = out.toString().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[0].contains("\"error\":\"NO_TEXT: the file is empty\""), lines[0]);
    assertTrue(lines[1].contains("\"error\":\"UNREADABLE: "), lines[1]);
    assertTrue(lines[2].contains("\"text\":\"Báo cáo\""), lines[2]);
    assertEquals(2, err.toString().lines().count(), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
  }
}
