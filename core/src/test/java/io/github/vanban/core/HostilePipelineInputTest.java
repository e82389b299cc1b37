package io.github.vanban.core;

import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.testing.AnalysisInvariants;
import io.github.vanban.core.testing.CpuBudget;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological texts the standard pipeline must get through in bounded time, keeping its span
 * invariants: a 10 MB line of digits and dots, 1 MB of {@code số số số}, 100 000 slashes and the
 * like. The budget is generous for a slow CI machine and far below what a quadratic step would
 * take.
 */
class HostilePipelineInputTest {

  private static final Pipeline PIPELINE = DefaultPipeline.create();

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("10 MB line of digits and dots", "1.2.3.4.5.6.7.8.9.0.".repeat(500_000)),
        Arguments.of("1 MB of số số số", "số ".repeat(350_000)),
        Arguments.of("100 000 slashes", "/".repeat(100_000)),
        Arguments.of("100 000 slashes between digits", "1/".repeat(100_000)),
        Arguments.of("a number shape repeated", "Số: 12/2024/NQ-".repeat(60_000)),
        Arguments.of("200 000 dashes and spaces", "- ".repeat(100_000)),
        Arguments.of("ngày tháng năm without numbers", "ngày tháng năm ".repeat(60_000)),
        Arguments.of("one 1 MB word", "a".repeat(1 << 20)),
        Arguments.of("100 000 blank lines", "\n".repeat(100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void analysesInBoundedTime(String name, String text) {
    CpuBudget.assertWithin(
        Duration.ofSeconds(30), () -> AnalysisInvariants.check(PIPELINE.analyze(text)), name);
  }
}
