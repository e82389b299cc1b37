package io.github.vanban.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTest {

  private static DocumentScore doc(String file, Counts metrics, Tally signer, String error) {
    return new DocumentScore(
        file,
        error,
        Map.of(Category.METRICS, metrics),
        Map.of("signer", signer),
        Map.of("metric.period", signer),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void sumsDocumentsAndNamesTheMeasuresOfMin() {
    Score s =
        new Score(
            List.of(
                doc("a", new Counts(3, 1, 0), new Tally(1, 1), null),
                doc("b", new Counts(1, 0, 2), new Tally(0, 1), "CORRUPT: x")));
    assertEquals(new Counts(4, 1, 2), s.counts(Category.METRICS));
    assertEquals(0.8, s.counts(Category.METRICS).precision(), 1e-9);
    assertEquals(4.0 / 6, s.counts(Category.METRICS).recall(), 1e-9);
    assertEquals(0.5, s.measure("header"), 1e-9);
    assertEquals(0.5, s.measure("metric.period"), 1e-9);
    assertEquals(s.counts(Category.METRICS).f1(), s.measure("metrics"), 1e-9);
    assertTrue(Double.isNaN(s.measure("reference.date")));
    assertEquals(List.of("b"), s.missing());
    assertThrows(IllegalArgumentException.class, () -> s.measure("metricz"));
  }

  @Test
  void jsonHasTheScorersShape() {
    Score s = new Score(List.of(doc("a", new Counts(1, 1, 0), new Tally(1, 1), null)));
    String json = new ScoreJsonWriter().write(s, false);
    assertTrue(
        json.contains(
            "\"metrics\":{\"precision\":0.5,\"recall\":1.0,\"f1\":0.6667,\"tp\":1,\"fp\":1,\"fn\":0}"),
        json);
    assertTrue(
        json.contains(
            "\"header\":{\"accuracy\":1.0,\"right\":1,\"total\":1,\"fields\":{\"signer\":\"1/1\"}}"),
        json);
    assertTrue(json.contains("\"missing\":[]"), json);
  }
}
