package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void indexesReportsFailuresAndSummarises() throws Exception {
    Path docs = dir.resolve("docs");
    TestCorpus.write(docs);
    String index = dir.resolve("index").toString();
    Path report = docs.resolve("errors.jsonl");
    assertEquals(
        1,
        cli.run(
            "index",
            docs.toString(),
            "--index",
            index,
            "--threads",
            "2",
            "--report",
            report.toString()));
    assertTrue(
        cli.out()
            .matches(
                "Indexed 7 files into "
                    + index
                    + " in 0:0\\d: 5 new, 0 changed, 0 unchanged,"
                    + " 0 removed, 1 not indexed \\(see "
                    + report
                    + "\\), 1 skipped \\(in no format vanban reads\\)\\.\n"),
        cli.out());
    assertEquals(
        List.of("vanban: loi/rong.txt: NO_TEXT: the file is empty"), cli.err().lines().toList());
    List<String> lines = Files.readAllLines(report);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("{\"source\":\"loi/rong.txt\",\"reason\":\"NO_TEXT\""));
    assertTrue(lines.get(1).startsWith("{\"source\":\"loi/anh.png\",\"reason\":\"UNSUPPORTED\""));
    Files.delete(docs.resolve("loi/anh.png"));
    Files.delete(docs.resolve("loi/rong.txt"));
    assertEquals(
        0, cli.run("index", docs.toString(), "--index", index, "--report", report.toString()));
    assertTrue(cli.out().contains(": 0 new, 0 changed, 5 unchanged, 0 removed."), cli.out());
    assertEquals(0, Files.size(report));
    assertEquals(0, cli.run("search", "kinh te di san", "--index", index, "--json"));
    assertTrue(cli.out().contains("\"total\":3"), cli.out());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "x");
    assertEquals(2, cli.run("index", file.toString(), "--index", dir.resolve("i").toString()));
    assertEquals("vanban: not a folder: " + file + "\n", cli.err());
    assertEquals(2, cli.run("index", dir.toString(), "--threads", "0"));
    assertEquals(1, cli.err().lines().count(), cli.err());
    assertEquals(2, cli.run("index"));
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, cli.run("index", "--help"));
    assertTrue(cli.out().contains("--report=FILE"), cli.out());
    assertEquals(0, cli.run("index", "--version"));
  }
}
