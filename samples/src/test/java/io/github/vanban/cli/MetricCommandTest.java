package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.testing.FolderIndex;
import io.github.vanban.search.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricCommandTest extends IndexedCorpusFixture {

  @Test
  void listsEveryMentionOldestPeriodFirst() {
    assertEquals(0, cli.run("metric", "fdi", "--index", index));
    assertEquals(
        """
        PERIOD  STATUS    VALUE       QUALIFIER  SOURCE              WHERE  SENTENCE
        2022    ACTUAL    2,1 tỷ USD  -          tin/di-san.txt      -      Thu hút FDI đạt 2,1 tỷ USD năm 2022.
        2023    ACTUAL    2,8 tỷ USD  MORE_THAN  nq/nq-205-2024.txt  -      Thu hút FDI đạt trên 2,8 tỷ USD năm 2023.
        2024    ESTIMATE  3,1 tỷ USD  -          bc/bc-45-2024.txt   -      Thu hút FDI ước đạt 3,1 tỷ USD năm 2024.
        2025    TARGET    3,5 tỷ USD  -          nq/nq-12-2025.txt   -      Thu hút FDI phấn đấu đạt 3,5 tỷ USD năm 2025.
        """,
        cli.out());
  }

  @Test
  void printsCsvOfEveryMention() {
    assertEquals(0, cli.run("metric", "fdi", "--status", "ACTUAL", "--index", index, "--csv"));
    List<String> lines = cli.out().lines().toList();
    assertEquals(
        "indicator,label,period,status,value,max,unit,qualifier,comparison,source,number,start,"
            + "end,sentence",
        lines.get(0));
    assertEquals(3, lines.size(), cli.out());
    assertTrue(
        lines
            .get(2)
            .startsWith("fdi,Thu hút FDI,2023,ACTUAL,2.8E9,,USD,MORE_THAN,,nq/nq-205-2024.txt,"),
        lines.get(2));
    assertTrue(
        lines.get(2).endsWith(",\"Thu hút FDI đạt trên 2,8 tỷ USD năm 2023.\""), lines.get(2));
    assertTrue(cli.out().endsWith("\r\n"));
  }

  @Test
  void jsonAndCsvExcludeEachOther() {
    assertEquals(2, cli.run("metric", "fdi", "--index", index, "--csv", "--json"));
    assertTrue(cli.err().contains("--json and --csv exclude each other"), cli.err());
  }

  @Test
  void filtersByPeriodStatusAndValue() {
    assertEquals(0, cli.run("metric", "fdi", "--period", "2024", "--index", index, "--json"));
    assertEquals(
        "{\"indicator\":\"fdi\",\"rows\":[{\"value\":3.1E9,\"max\":null,\"unit\":\"USD\","
            + "\"qualifier\":null,\"period\":\"2024\",\"status\":\"ESTIMATE\","
            + "\"source\":\"bc/bc-45-2024.txt\",\"number\":\"45/BC-UBND\","
            + "\"sentence\":\"Thu hút FDI ước đạt 3,1 tỷ USD năm 2024.\",\"label\":\"Thu hút FDI\","
            + "\"comparison\":null,\"start\":",
        cli.out().substring(0, cli.out().indexOf("\"start\":") + 8));
    assertEquals(
        0, cli.run("metric", "fdi", "--status", "ACTUAL", "--min", "2.5e9", "--index", index));
    assertEquals(2, cli.out().lines().count(), cli.out());
    assertTrue(cli.out().contains("2,8 tỷ USD"), cli.out());
  }

  @Test
  void limitShowsTheFirstRowsAndSaysHowManyThereAre() {
    assertEquals(0, cli.run("metric", "fdi", "--limit", "2", "--index", index));
    List<String> lines = cli.out().lines().toList();
    assertEquals(4, lines.size(), cli.out());
    assertTrue(lines.get(1).startsWith("2022 "), cli.out());
    assertTrue(lines.get(2).startsWith("2023 "), cli.out());
    assertEquals(
        "2 of 4 mentions shown (from 1); --offset 2 for the next ones, --all for every one.",
        lines.get(3));
  }

  @Test
  void offsetShowsTheNextRows() {
    assertEquals(0, cli.run("metric", "fdi", "--offset", "3", "--limit", "2", "--index", index));
    List<String> lines = cli.out().lines().toList();
    assertEquals(3, lines.size(), cli.out());
    assertTrue(lines.get(1).startsWith("2025 "), cli.out());
    assertEquals("1 of 4 mentions shown (from 4).", lines.get(2));
    assertEquals(0, cli.run("metric", "fdi", "--offset", "4", "--index", index));
    assertEquals("4 mentions match, none from --offset 4 on.\n", cli.out());
  }

  @Test
  void allOverridesTheLimit() {
    assertEquals(0, cli.run("metric", "fdi", "--limit", "1", "--all", "--index", index));
    assertEquals(5, cli.out().lines().count(), cli.out());
    assertEquals(2, cli.run("metric", "fdi", "--limit", "-1", "--index", index));
    assertTrue(cli.err().contains("must not be negative"), cli.err());
  }

  @Test
  void jsonCarriesTheTotalAndTheOffset() {
    assertEquals(
        0, cli.run("metric", "fdi", "--limit", "1", "--offset", "1", "--json", "--index", index));
    String json = cli.out().strip();
    assertEquals(1, json.split("\"period\"").length - 1, json);
    assertTrue(json.contains("\"period\":\"2023\""), json);
    assertTrue(json.endsWith("],\"total\":4,\"offset\":1}"), json);
  }

  @Test
  void jsonListsEveryMentionUnlessLimitedAndTheTableTheFirstHundred(@TempDir Path many)
      throws IOException {
    Path docs = many.resolve("docs");
    Files.createDirectories(docs);
    for (int i = 1; i <= 101; i++) {
      Files.writeString(
          docs.resolve("bc-" + i + ".txt"),
          "Năm 2024, thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt " + i + " triệu USD.\n");
    }
    Path idx = many.resolve("index");
    new Indexer(IndexerConfig.DEFAULT).index(docs, idx, ProgressListener.NONE);
    assertEquals(0, cli.run("metric", "fdi", "--json", "--index", idx.toString()));
    assertEquals(101, cli.out().split("\"period\"").length - 1);
    assertTrue(cli.out().strip().endsWith("\"total\":101,\"offset\":0}"), cli.out());
    assertEquals(0, cli.run("metric", "fdi", "--json", "--limit", "5", "--index", idx.toString()));
    assertEquals(5, cli.out().split("\"period\"").length - 1);
    assertEquals(0, cli.run("metric", "fdi", "--index", idx.toString()));
    List<String> lines = cli.out().lines().toList();
    assertEquals(102, lines.size());
    assertTrue(lines.get(101).startsWith("100 of 101 mentions shown"), lines.get(101));
  }

  @Test
  void drawsAChart() {
    assertEquals(0, cli.run("metric", "fdi", "--chart", "--index", index));
    // 2,1 / 3,5 of 40 columns is 24 full blocks; 3,1 / 3,5 is 35 blocks and 3 eighths.
    assertEquals(
        "fdi (USD)\n"
            + bar("2022  ACTUAL  ", "█".repeat(24), "2,1", "tin/di-san.txt")
            + bar("2023  ACTUAL  ", "█".repeat(32), "2,8", "nq/nq-205-2024.txt")
            + bar("2024  ESTIMATE", "█".repeat(35) + "▍", "3,1", "bc/bc-45-2024.txt")
            + bar("2025  TARGET  ", "█".repeat(40), "3,5", "nq/nq-12-2025.txt"),
        cli.out());
  }

  private static String bar(String label, String bar, String value, String source) {
    return "  "
        + label
        + "  "
        + bar
        + " ".repeat(40 - bar.length())
        + "  "
        + value
        + " tỷ USD"
        + " ".repeat(14 - value.length() - 7)
        + "  "
        + source
        + "\n";
  }

  @Test
  void theTableShowsTheWordsAroundTheValueOfALongSentence(@TempDir Path other) throws IOException {
    Path docs = Files.createDirectories(other.resolve("docs"));
    Files.writeString(
        docs.resolve("bao-cao-dai.txt"),
        "Trong bối cảnh kinh tế thế giới còn nhiều khó khăn, nhờ cải thiện môi trường đầu tư"
            + " và đẩy mạnh xúc tiến tại các thị trường trọng điểm ở \u001B]0;x\u0007châu Á,"
            + " Thu hút FDI ước đạt 3,1 tỷ USD năm 2024, tăng mạnh so với cùng kỳ, trong đó"
            + " nhiều dự án quy mô lớn đi vào hoạt động ở các khu công nghiệp ven biển.\n");
    Path longIndex = other.resolve("index");
    new Indexer(TestCorpus.config()).index(docs, longIndex, ProgressListener.NONE);
    assertEquals(0, cli.run("metric", "fdi", "--index", longIndex.toString()));
    List<String> lines = cli.out().lines().toList();
    String sentence = lines.get(1).substring(lines.get(0).indexOf("SENTENCE"));
    assertEquals(
        "…điểm ở ]0;xchâu Á, Thu hút FDI ước đạt 3,1 tỷ USD năm 2024, tăng mạnh so với cùng…",
        sentence);
    assertTrue(cli.out().chars().noneMatch(c -> c == 0x1B || c == 0x07), cli.out());
  }

  @Test
  void theTableSaysWhereEachMentionStandsInTheSampleResolution(@TempDir Path other)
      throws IOException {
    String resolution = FolderIndex.ofSamples(other, "nq-12-2024-hdnd-tinh.docx").toString();
    assertEquals(0, cli.run("metric", "fdi", "--index", resolution));
    List<String> lines = cli.out().lines().toList();
    assertEquals(3, lines.size(), cli.out());
    assertTrue(lines.get(0).contains("  SOURCE                     WHERE    "), lines.get(0));
    assertTrue(lines.get(1).startsWith("2024    ACTUAL"), lines.get(1));
    assertTrue(
        lines.get(1).contains("  nq-12-2024-hdnd-tinh.docx  Điều 1                   "),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("2025    TARGET"), lines.get(2));
    assertTrue(
        lines.get(2).contains("  nq-12-2024-hdnd-tinh.docx  Điều 2, khoản 2, điểm đ  "),
        lines.get(2));
  }

  @Test
  void unknownIndicatorNamesTheKnownOnes() {
    assertEquals(0, cli.run("metric", "coal_output", "--index", index));
    assertEquals("No mention of coal_output in the index; indicators found: fdi.\n", cli.out());
  }

  @Test
  void badPeriodIsAUsageError() {
    assertEquals(2, cli.run("metric", "fdi", "--period", "2024-13", "--index", index));
    assertTrue(cli.err().startsWith("vanban: Invalid value for option '--period'"), cli.err());
    assertEquals(2, cli.run("metric", "fdi", "--min", "5", "--max", "1", "--index", index));
    assertEquals(2, cli.run("metric", "fdi", "--status", "DONE", "--index", index));
  }
}
