package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureReportTest {

  @TempDir Path dir;

  @Test
  void writesOneJsonObjectPerLine() throws IOException {
    Path file = dir.resolve("errors.jsonl");
    FailureReport.write(
        List.of(
            new Failure("a/b.pdf", "ENCRYPTED", "password \"x\" needed"),
            new Failure("c.doc", "CORRUPT", "bad\nbytes")),
        file);
    assertEquals(
        List.of(
            "{\"source\":\"a/b.pdf\",\"reason\":\"ENCRYPTED\",\"message\":\"password \\\"x\\\" needed\"}",
            "{\"source\":\"c.doc\",\"reason\":\"CORRUPT\",\"message\":\"bad\\nbytes\"}"),
        Files.readAllLines(file));
  }

  @Test
  void noFailureGivesAnEmptyFile() throws IOException {
    Path file = dir.resolve("errors.jsonl");
    FailureReport.write(List.of(), file);
    assertEquals(0, Files.size(file));
  }
}
