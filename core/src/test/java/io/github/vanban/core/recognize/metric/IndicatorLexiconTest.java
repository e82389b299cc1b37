package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorLexiconTest {

  private final IndicatorLexicon bundled = IndicatorLexicon.bundled();

  /**
   * The bundled lexicon holds every id, cue and unit of the extraction contract's indicators.tsv
   * (eval/indicators.tsv).
   */
  @Test
  void coversTheSharedIndicatorList() throws IOException {
    List<String> lines =
        Files.readAllLines(EvalDir.root().resolve("indicators.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      Indicator ind = bundled.get(f[0]).orElseThrow(() -> new AssertionError("missing " + f[0]));
      assertEquals(f[2], ind.label());
      assertTrue(ind.cues().containsAll(List.of(f[3].split("\\|"))), f[0]);
      assertTrue(ind.units().containsAll(List.of(f[4].split("\\|"))), f[0]);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tỷ lệ đô thị hoá đạt 75%                         | urbanization_rate
          TỶ LỆ ĐÔ THỊ HÓA đạt 75%                         | urbanization_rate
          Sản lượng nuôi trồng thuỷ sản đạt 450 nghìn tấn  | aquaculture_output
          Thu hút đầu tư trực tiếp nước ngoài (FDI) đạt    | fdi
          """)
  void matchesCuesInAnyCaseAndToneSpelling(String text, String id) {
    assertEquals(id, bundled.find(text).get(0).indicator().id());
  }

  @Test
  void needsExactDiacritics() {
    assertEquals(List.of(), bundled.find("ty le do thi hoa dat 75%"));
    assertEquals(List.of(), bundled.find(""));
  }

  @Test
  void loadsAndExtendsWithoutRebuilding() throws IOException {
    IndicatorLexicon mine =
        IndicatorLexicon.load(
            new StringReader(
                "# own list\nid\tlabel_en\tlabel_vi\tcues\tunits\n"
                    + "rice\tRice output\tSản lượng lúa\tsản lượng lúa|lúa gạo\ttấn\n"));
    assertEquals(1, mine.indicators().size());
    assertEquals("rice", mine.find("Sản lượng lúa đạt 1 triệu tấn").get(0).indicator().id());
    Indicator fdi = new Indicator("fdi", "FDI", "FDI", List.of("vốn ngoại"), List.of("USD"));
    IndicatorLexicon replaced = bundled.with(fdi);
    assertEquals(bundled.indicators().size(), replaced.indicators().size());
    assertEquals(List.of("vốn ngoại"), replaced.get("fdi").orElseThrow().cues());
    assertEquals(2, mine.with(fdi).indicators().size());
  }

  @Test
  void rejectsMalformedLinesWithTheirNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorLexicon.load(new StringReader("\nx\ty\tz\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> IndicatorLexicon.load(new StringReader("a\tb\tc\t\t%\n")));
  }

  @Test
  void namesAnIndicatorByItsUnitPhrase() {
    assertEquals("hospital_beds", bundled.named("giường bệnh/1 vạn dân").orElseThrow().id());
    assertTrue(bundled.named("giường công lập/1 vạn dân").isEmpty());
  }
}
