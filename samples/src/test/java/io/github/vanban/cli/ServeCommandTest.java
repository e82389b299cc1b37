package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's usage errors; the server itself is tested in the web module. */
class ServeCommandTest {

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void missingIndexIsAUsageError() {
    assertEquals(2, cli.run("serve", "--index", dir.resolve("none").toString(), "--port", "0"));
    assertTrue(cli.err().contains("no index at"), cli.err());
  }

  @Test
  void badPortIsAUsageError() {
    assertEquals(2, cli.run("serve", "--port", "http"));
  }

  @Test
  void helpNamesTheDefaults() {
    assertEquals(0, cli.run("serve", "--help"));
    assertTrue(cli.out().contains("127.0.0.1") && cli.out().contains("8080"), cli.out());
  }
}
