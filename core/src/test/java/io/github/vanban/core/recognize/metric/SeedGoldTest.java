package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.testing.EvalDir;
import io.github.vanban.core.testing.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the standard pipeline over the five seed texts and scores figures and metrics against the
 * hand-checked gold the way the project's scorer does (EXTRACTION.md: scored figures are PERCENT,
 * MONEY, MULTIPLE and QUANTITY with a scale word or a measurement unit).
 */
class SeedGoldTest {

  private static final List<String> SCALE_WORDS = List.of("nghìn", "ngàn", "triệu", "tỷ");
  private static final List<String> MEASURES =
      List.of(
          "tấn",
          "kwh",
          "mw",
          "ha",
          "km",
          "m2",
          "m3",
          "lượt",
          "tuổi",
          "giường",
          "bác sỹ",
          "bác sĩ",
          "dược sỹ",
          "dược sĩ",
          "điều dưỡng");

  private static final List<String> goldFigures = new ArrayList<>();
  private static final List<String> predictedFigures = new ArrayList<>();
  private static final List<String> goldMetrics = new ArrayList<>();
  private static final List<String> predictedMetrics = new ArrayList<>();
  private static final Map<String, String> goldAttributes = new HashMap<>();
  private static final Map<String, String> predictedAttributes = new HashMap<>();

  @BeforeAll
  static void analyseSeeds() throws IOException {
    Path eval = EvalDir.root();
    Pipeline pipeline = DefaultPipeline.create();
    try (Stream<Path> files = Files.list(eval.resolve("gold/seeds"))) {
      for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> g =
            (Map<String, Object>) Json.parse(Files.readString(gold, StandardCharsets.UTF_8));
        String text = Files.readString(eval.resolve("corpus").resolve((String) g.get("file")));
        collect(gold.getFileName().toString(), g, pipeline.analyze(text));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void collect(String doc, Map<String, Object> g, AnalyzedDocument analyzed) {
    for (Object o : (List<Object>) g.get("figures")) {
      Map<String, Object> f = (Map<String, Object>) o;
      goldFigures.add(doc + key(f.get("kind"), f.get("value"), f.get("max"), f.get("unit")));
    }
    for (Figure f : analyzed.figures()) {
      if (scored(f)) {
        predictedFigures.add(doc + key(f.kind().name(), f.value(), f.max(), f.unit()));
      }
    }
    for (Object o : (List<Object>) g.get("metrics")) {
      Map<String, Object> m = (Map<String, Object>) o;
      Map<String, Object> f = (Map<String, Object>) m.get("figure");
      String k = doc + m.get("indicator") + key(f.get("kind"), f.get("value"), null, f.get("unit"));
      goldAttributes.put(
          k + goldMetrics.stream().filter(k::equals).count(),
          m.get("status") + " " + m.get("period"));
      goldMetrics.add(k);
    }
    for (Metric m : analyzed.metrics()) {
      Figure f = m.figure();
      String k = doc + m.indicator() + key(f.kind().name(), f.value(), null, f.unit());
      predictedAttributes.put(
          k + predictedMetrics.stream().filter(k::equals).count(), m.status() + " " + m.period());
      predictedMetrics.add(k);
    }
  }

  private static String key(Object kind, Object value, Object max, Object unit) {
    String u = ((String) unit).toLowerCase(Locale.ROOT);
    return "|" + kind + "|" + round(value) + "|" + round(max) + "|" + u;
  }

  private static String round(Object v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.9e", ((Number) v).doubleValue());
  }

  private static boolean scored(Figure f) {
    if (f.kind() != FigureKind.QUANTITY) {
      return f.kind() != FigureKind.RATIO;
    }
    String text = f.text().toLowerCase(Locale.ROOT);
    String unit = f.unit().toLowerCase(Locale.ROOT);
    return SCALE_WORDS.stream().anyMatch(text::contains)
        || MEASURES.stream().anyMatch(unit::startsWith);
  }

  private static double f1(List<String> gold, List<String> predicted) {
    List<String> rest = new ArrayList<>(gold);
    int tp = 0;
    for (String p : predicted) {
      if (rest.remove(p)) {
        tp++;
      }
    }
    double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
    double recall = gold.isEmpty() ? 0 : (double) tp / gold.size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  @Test
  void findsTheGoldFigures() {
    double f1 = f1(goldFigures, predictedFigures);
    assertTrue(f1 >= 0.93, "figures F1 " + f1);
  }

  @Test
  void bindsTheGoldMetrics() {
    double f1 = f1(goldMetrics, predictedMetrics);
    assertTrue(f1 >= 0.80, "metrics F1 " + f1);
  }

  @Test
  void givesTheGoldStatusAndPeriod() {
    int total = 0;
    int statusRight = 0;
    int periodRight = 0;
    for (Map.Entry<String, String> e : goldAttributes.entrySet()) {
      String predicted = predictedAttributes.get(e.getKey());
      if (predicted != null) {
        total++;
        String[] g = e.getValue().split(" ");
        String[] p = predicted.split(" ");
        statusRight += g[0].equals(p[0]) ? 1 : 0;
        periodRight += g[1].equals(p[1]) ? 1 : 0;
      }
    }
    assertTrue(total > 80, "matched metrics " + total);
    assertTrue(statusRight >= 0.9 * total, "status right " + statusRight + "/" + total);
    assertTrue(periodRight >= 0.9 * total, "period right " + periodRight + "/" + total);
  }
}
