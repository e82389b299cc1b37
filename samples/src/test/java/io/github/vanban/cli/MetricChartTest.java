package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricChartTest {

  @Test
  void barsAreDrawnInEighthsOfAColumn() {
    assertEquals("█".repeat(40), MetricChart.bar(10, 10));
    assertEquals("█".repeat(20), MetricChart.bar(5, 10));
    assertEquals("▏", MetricChart.bar(10, 3200));
    assertEquals("", MetricChart.bar(0, 10));
    assertEquals("", MetricChart.bar(1, 0));
  }
}
