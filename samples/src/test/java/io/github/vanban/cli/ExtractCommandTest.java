package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void aMissingFileIsSaidToBeMissingAndAFolderToBeAFolder() throws Exception {
    Path missing = dir.resolve("khong-co.pdf");
    assertEquals(1, cli.run("extract", "--text", missing.toString()));
    assertEquals(
        "vanban: " + missing + ": UNREADABLE: cannot read khong-co.pdf: no such file\n", cli.err());
    Path folder = Files.createDirectories(dir.resolve("thu-muc.pdf"));
    assertEquals(1, cli.run("extract", "--text", folder.toString()));
    assertEquals(
        "vanban: "
            + folder
            + ": UNREADABLE: cannot read thu-muc.pdf: not a regular file (a folder, named pipe or"
            + " device)\n",
        cli.err());
  }

  @Test
  void eachMetricSaysWhereItStandsInTheSampleResolution() throws Exception {
    assertEquals(0, cli.run("extract", "--json", "docs/nq-12-2024-hdnd-tinh.docx"));
    JsonNode metrics = new ObjectMapper().readTree(cli.out()).get("metrics");
    List<String> wheres = new ArrayList<>();
    for (JsonNode m : metrics) {
      if (Set.of("grdp_growth", "fdi", "health_insurance_rate")
          .contains(m.get("indicator").asText())) {
        wheres.add(
            m.get("indicator").asText()
                + " "
                + m.get("period").asText()
                + " "
                + m.get("where").asText());
      }
    }
    assertEquals(
        List.of(
            "grdp_growth 2024 Điều 1",
            "fdi 2024 Điều 1",
            "grdp_growth 2025 Điều 2, khoản 2, điểm a",
            "fdi 2025 Điều 2, khoản 2, điểm đ",
            "health_insurance_rate 2025 Điều 2, khoản 2, điểm k"),
        wheres);
  }
}
