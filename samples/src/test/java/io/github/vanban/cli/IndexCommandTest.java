package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.index.CrashChild;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
        3,
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
  void aRerunMeetingOnlyKnownBadFilesExitsZeroAndANewBadFileExitsThree() throws Exception {
    Path docs = oneDecision();
    Files.writeString(docs.resolve("rong.txt"), "");
    String index = dir.resolve("index").toString();
    assertEquals(3, cli.run("index", docs.toString(), "--index", index));
    assertEquals(0, cli.run("index", docs.toString(), "--index", index));
    assertTrue(
        cli.out()
            .contains(
                ": 0 new, 0 changed, 1 unchanged, 0 removed, 1 files still failing, reported"
                    + " before."),
        cli.out());
    assertEquals("vanban: rong.txt: NO_TEXT: the file is empty\n", cli.err());
    Files.writeString(docs.resolve("rong-2.txt"), "");
    assertEquals(3, cli.run("index", docs.toString(), "--index", index));
    assertTrue(
        cli.out().contains("2 not indexed (1 new, 1 still failing, reported before)."), cli.out());
    Files.delete(docs.resolve("rong.txt"));
    Files.delete(docs.resolve("rong-2.txt"));
    assertEquals(0, cli.run("index", docs.toString(), "--index", index));
    assertEquals(0, cli.run("stats", "--index", index));
    assertTrue(cli.out().contains("documents   1"), cli.out());
  }

  @Test
  void includeAndExcludeSelectTheDocuments() throws Exception {
    Path docs = oneDecision();
    Files.writeString(docs.resolve("manifest.json"), "{\"files\": [\"a.txt\"]}");
    Files.writeString(docs.resolve("ghi-chu.md"), "Ghi chú.");
    String index = dir.resolve("index").toString();
    assertEquals(
        0,
        cli.run(
            "index",
            docs.toString(),
            "--index",
            index,
            "--exclude",
            "*.json",
            "--exclude",
            "*.md"));
    assertTrue(cli.out().startsWith("Indexed 1 files into"), cli.out());
    assertEquals(2, cli.run("index", docs.toString(), "--index", index, "--include", "[a"));
    assertTrue(cli.err().startsWith("vanban: not a valid glob: [a"), cli.err());
  }

  @Test
  void severalFoldersGoIntoOneIndexAndAFolderLeftOffIsKeptUnlessPruned() throws Exception {
    Path hanoi = Files.createDirectories(dir.resolve("ha-noi"));
    Path hcm = Files.createDirectories(dir.resolve("tp-hcm"));
    Files.writeString(hanoi.resolve("bao-cao.txt"), "Báo cáo Hà Nội về tàu cao tốc.");
    Files.writeString(hcm.resolve("bao-cao.txt"), "Báo cáo Thành phố Hồ Chí Minh về tàu cao tốc.");
    Files.writeString(hcm.resolve("manifest.json"), "{}");
    String index = dir.resolve("index").toString();
    assertEquals(
        0,
        cli.run(
            "index", hanoi.toString(), hcm.toString(), "--index", index, "--exclude", "*.json"));
    assertTrue(cli.out().contains(": 2 new, 0 changed, 0 unchanged, 0 removed."), cli.out());
    assertEquals(0, cli.run("search", "tau cao toc", "--index", index, "--json"));
    assertTrue(cli.out().contains("\"source\":\"ha-noi/bao-cao.txt\""), cli.out());
    assertTrue(cli.out().contains("\"source\":\"tp-hcm/bao-cao.txt\""), cli.out());
    assertEquals(0, cli.run("index", hanoi.toString(), "--index", index));
    assertTrue(
        cli.out()
            .contains(
                ": 0 new, 0 changed, 1 unchanged, 0 removed, 1 of folders not named here kept"
                    + " (--prune drops them)."),
        cli.out());
    assertEquals(0, cli.run("index", hanoi.toString(), "--index", index, "--prune"));
    assertTrue(cli.out().contains(": 0 new, 0 changed, 1 unchanged, 1 removed."), cli.out());
    Path other = Files.createDirectories(dir.resolve("khac/ha-noi"));
    assertEquals(2, cli.run("index", hanoi.toString(), other.toString(), "--index", index));
    assertTrue(cli.err().contains("two folders are named ha-noi"), cli.err());
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
  void anIndexFolderThatIsNotVanbansIsRefusedWithTheReasonAndNothingIsDeleted() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("_1.pdf"), "Số: 1/QĐ-UBND về kế hoạch năm 2025.");
    Files.writeString(docs.resolve("_2024_bao-cao.pdf"), "Báo cáo năm 2024.");
    assertEquals(2, cli.run("index", docs.toString(), "--index", docs.toString()));
    assertTrue(cli.err().startsWith("vanban: the folder " + docs + " is not a vanban index"));
    assertEquals(1, cli.err().lines().count(), cli.err());
    assertTrue(
        Files.exists(docs.resolve("_1.pdf")) && Files.exists(docs.resolve("_2024_bao-cao.pdf")));
    Path file = Files.writeString(dir.resolve("index.txt"), "x");
    assertEquals(2, cli.run("index", docs.toString(), "--index", file.toString()));
    assertEquals("vanban: the index path is a file, not a folder: " + file + "\n", cli.err());
    assertEquals(1, cli.run("index", docs.toString(), "--index", "/proc/vanban-index"));
    assertTrue(
        cli.err().contains("cannot create the index folder /proc/vanban-index: no such folder"),
        cli.err());
  }

  @Test
  void aDamagedIndexSaysRebuildAndRebuildRepairsIt() throws Exception {
    Path docs = oneDecision();
    String index = dir.resolve("index").toString();
    assertEquals(0, cli.run("index", docs.toString(), "--index", index));
    try (Stream<Path> files = Files.list(Path.of(index))) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(p, new byte[] {1, 2, 3});
      }
    }
    assertEquals(1, cli.run("index", docs.toString(), "--index", index));
    assertEquals(
        "vanban: the index at " + index + " is damaged; run again with --rebuild\n", cli.err());
    assertEquals(1, cli.run("stats", "--index", index));
    assertEquals(
        "vanban: the index at "
            + index
            + " is damaged; rebuild it with 'vanban index FOLDER"
            + " --rebuild --index "
            + index
            + "'\n",
        cli.err());
    assertEquals(0, cli.run("index", docs.toString(), "--index", index, "--rebuild"));
    assertEquals(0, cli.run("stats", "--index", index));
  }

  @Test
  void absurdThreadsAndAReportFolderAreUsageErrorsBeforeAnythingIsWritten() throws Exception {
    Path docs = oneDecision();
    Path index = dir.resolve("index");
    assertEquals(
        2, cli.run("index", docs.toString(), "--index", index.toString(), "--threads", "100000"));
    assertEquals("vanban: --threads must be between 1 and 256, not 100000\n", cli.err());
    Path folder = Files.createDirectories(dir.resolve("reports"));
    assertEquals(
        2,
        cli.run(
            "index", docs.toString(), "--index", index.toString(), "--report", folder.toString()));
    assertEquals("vanban: --report names a folder, not a file: " + folder + "\n", cli.err());
    assertTrue(Files.notExists(index), "an index was written");
  }

  @Test
  void aSecondIndexProcessFailsFastInOneLine() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < 200; i++) {
      Files.writeString(docs.resolve(i + ".txt"), "Số: " + i + "/QĐ-UBND về kế hoạch năm 2025.");
    }
    Path index = dir.resolve("index");
    Process first = CrashChild.start(docs, index, dir.resolve("child.log"));
    try {
      while (!Files.exists(index.resolve("write.lock"))
          || !Files.exists(index.resolve("segments_1"))) {
        assertTrue(first.isAlive(), "the first indexing process ended early");
        Thread.sleep(20);
      }
      assertEquals(1, cli.run("index", docs.toString(), "--index", index.toString()));
      assertEquals("vanban: index is locked by another process: " + index + "\n", cli.err());
      assertTrue(first.isAlive(), "the first indexing process was disturbed");
    } finally {
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, cli.run("index", "--help"));
    assertTrue(cli.out().contains("--report=FILE"), cli.out());
    assertEquals(0, cli.run("index", "--version"));
  }

  /** Writes the folder "docs" holding one decision, {@code a.txt}, and returns it. */
  private Path oneDecision() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Số: 1/QĐ-UBND về kế hoạch năm 2025.");
    return docs;
  }
}
