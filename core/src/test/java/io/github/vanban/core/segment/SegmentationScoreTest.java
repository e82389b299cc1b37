package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationScoreTest {

  @ParameterizedTest
  @CsvSource({"-0.1, 0.5, 0.5, 1", "0.5, 1.5, 0.5, 1", "0.5, 0.5, NaN, 1", "0.5, 0.5, 0.5, -1"})
  void rejectsValuesOutOfRange(double p, double r, double f, int documents) {
    assertThrows(IllegalArgumentException.class, () -> new SegmentationScore(p, r, f, documents));
  }

  @Test
  void printsFourDecimals() {
    assertEquals(
        "precision 0.9913 recall 0.9828 F1 0.9870",
        new SegmentationScore(0.99134, 0.98276, 0.98703, 204).toString());
  }
}
