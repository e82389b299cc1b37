package io.github.vanban.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed texts scored by the evaluator against their gold (the texts the recognisers were first
 * written on): every category and attribute stays at its measured level. The annotated real corpus
 * is scored the same way by CI, with floors per part (eval/floors-*.txt).
 */
class SeedGoldEvaluationTest {

  private static Score score;

  @BeforeAll
  static void evaluateTheSeeds() throws Exception {
    String dir = System.getProperty("vanban.eval");
    Path eval = Path.of(dir);
    assertTrue(Files.isDirectory(eval.resolve("gold/seeds")), "no seed gold under " + dir);
    List<GoldFile> golds = new ArrayList<>();
    for (Path p : GoldFile.list(eval.resolve("gold/seeds"))) {
      golds.add(GoldFile.read(p));
    }
    score =
        new Evaluator(
                Extractors.standard(),
                ExtractContext.DEFAULT.withOcr(OcrMode.OFF),
                DefaultPipeline.create(),
                2)
            .evaluate(golds, eval.resolve("corpus"));
  }

  @Test
  void everySeedIsRead() {
    assertEquals(5, score.documents().size());
    assertEquals(List.of(), score.missing());
  }

  @Test
  void everyCategoryStaysAtItsLevel() {
    for (Category c : Category.values()) {
      assertTrue(score.counts(c).f1() >= 0.99, c + " F1 " + score.counts(c));
    }
    assertTrue(score.header().accuracy() >= 0.99, "header " + score.header());
  }

  @Test
  void metricStatusAndPeriodStayAtTheirLevel() {
    for (String a : List.of("metric.status", "metric.period", "reference.relation")) {
      assertTrue(score.measure(a) >= 0.99, a + " " + score.attributes().get(a));
    }
  }
}
