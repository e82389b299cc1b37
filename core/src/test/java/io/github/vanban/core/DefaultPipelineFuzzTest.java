package io.github.vanban.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.core.testing.AnalysisInvariants;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the whole standard pipeline on any text.
 *
 * <p>A normal build runs the seed corpus ({@code DefaultPipelineFuzzTestInputs/analyze}) and every
 * former finding kept there; {@code JAZZER_FUZZ=1 ./mvnw test -pl core
 * -Dtest=DefaultPipelineFuzzTest} fuzzes (docs/SECURITY.md). The target asserts that analysis never
 * throws and that every span keeps {@link AnalysisInvariants}.
 */
class DefaultPipelineFuzzTest {

  private static final Pipeline PIPELINE = DefaultPipeline.create();

  @FuzzTest(maxDuration = "2m")
  void analyze(byte[] input) {
    AnalysisInvariants.check(PIPELINE.analyze(new String(input, StandardCharsets.UTF_8)));
  }
}
