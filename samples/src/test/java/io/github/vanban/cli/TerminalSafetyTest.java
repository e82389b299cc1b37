package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences (ESC, BEL, OSC), other C0/C1 controls and bidi overrides in document text, an
 * HTML title or a file name never reach the terminal: not from {@code index}, {@code extract},
 * {@code number}, {@code search} or {@code metric}, on stdout or stderr.
 */
class TerminalSafetyTest {

  /** What must never be printed: C0 but tab, line feed and form feed; DEL; C1; bidi controls. */
  private static final Pattern UNSAFE =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0D-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  private static final String OSC = "\u001B]0;owned\u0007";
  private static final String CLEAR = "\u001B[2J";
  private static final String RLO = "\u202E";

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void noControlFromADocumentOrAFileNameReachesTheTerminal() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("trang" + CLEAR + ".html"),
        "<html><head><title>Tiêu đề "
            + OSC
            + " giả</title></head><body>"
            + "<p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH</p><p>Số: 77/QĐ-UBND</p>"
            + "<p>QUYẾT ĐỊNH về kế hoạch"
            + CLEAR
            + " đầu tư "
            + RLO
            + "năm 2025</p>"
            + "<p>Thu hút vốn FDI đạt 3 tỷ USD"
            + OSC
            + " năm 2025, tăng so với năm 2024."
            + " Căn cứ Quyết định số 77/QĐ-UBND ngày 1/1/2025.</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("rong" + OSC + ".txt"), "");
    String index = dir.resolve("index").toString();
    cli.run("index", docs.toString(), "--index", index);
    assertSafe("index");
    assertTrue(cli.err().contains("rong]0;owned.txt: NO_TEXT"), cli.err());
    cli.run("extract", "--text", docs.resolve("trang" + CLEAR + ".html").toString());
    assertSafe("extract");
    cli.run("number", "77/QĐ-UBND", "--index", index);
    assertSafe("number");
    assertTrue(cli.out().contains("trang[2J.html"), cli.out());
    cli.run("search", "ke hoach dau tu", "--index", index);
    assertSafe("search");
    assertTrue(cli.out().contains("1 document matches"), cli.out());
    cli.run("metric", "fdi", "--index", index);
    assertSafe("metric");
    cli.run("search", "\"unbalanced" + CLEAR, "--index", index);
    assertSafe("a bad query");
  }

  private void assertSafe(String command) {
    assertFalse(UNSAFE.matcher(cli.out()).find(), command + " stdout: " + cli.out());
    assertFalse(UNSAFE.matcher(cli.err()).find(), command + " stderr: " + cli.err());
    assertEquals(-1, cli.out().indexOf('\u001B'), command);
  }
}
