package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.segment.OpenNlpSentenceSegmenter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSentencesCommandTest {

  private static final String DATA =
      "1. Sự cần thiết ban hành\n\n"
          + "Tăng trưởng đạt 8,42%.\nNăm 2024 tăng hai con số.\n\n"
          + "KT. CHỦ TỊCH\n\n"
          + "Thu đạt 55.600 tỷ đồng.\nNăm sau tăng.\n\n"
          + "2. Các chỉ tiêu chủ yếu\n";

  @TempDir Path dir;

  private final Cli cli = new Cli();

  @Test
  void trainsWritesTheModelAndScoresItAgainstTheRules() throws Exception {
    Path data = Files.writeString(dir.resolve("train.txt"), DATA, StandardCharsets.UTF_8);
    Path abbreviations = Files.writeString(dir.resolve("abbr.txt"), "# x\nKT.\n");
    Path model = dir.resolve("models/vi.bin");
    assertEquals(
        0,
        cli.run(
            "train-sentences",
            "--data",
            data.toString(),
            "--abbreviations",
            abbreviations.toString(),
            "--eval",
            data.toString(),
            "--out",
            model.toString()),
        cli.err());
    String[] lines = cli.out().split("\n");
    assertEquals("model written to " + model, lines[0]);
    assertTrue(
        lines[1].matches("model precision \\d\\.\\d{4} recall \\d\\.\\d{4} F1 \\d\\.\\d{4}"));
    // the rules split "1." and "2." off their headings: 5 of 9 predictions, 5 of 7 gold sentences
    assertEquals("rules precision 0.5556 recall 0.7143 F1 0.6250", lines[2]);
    try (InputStream in = Files.newInputStream(model)) {
      assertEquals(1, OpenNlpSentenceSegmenter.read(in).split("KT. CHỦ TỊCH").size());
    }
  }

  @Test
  void dataAndOutAreRequired() {
    assertEquals(2, cli.run("train-sentences", "--out", dir.resolve("m.bin").toString()));
    assertTrue(cli.err().startsWith("vanban: Missing required option"), cli.err());
  }

  @Test
  void aMissingDataFileIsAnError() {
    String missing = dir.resolve("missing.txt").toString();
    assertEquals(
        1, cli.run("train-sentences", "--data", missing, "--out", dir.resolve("m.bin").toString()));
    assertTrue(cli.err().contains("missing.txt"), cli.err());
  }
}
