package io.github.vanban.core.recognize.date;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.core.testing.AnalysisInvariants;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link DateRecognizer}: with and without a default year it never
 * throws, and every date lies within the text and reads as its span.
 *
 * <p>Fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -pl core -Dtest=DateRecognizerFuzzTest}.
 */
class DateRecognizerFuzzTest {

  private static final DateRecognizer DATES = new DateRecognizer();

  @FuzzTest(maxDuration = "2m")
  void find(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    AnalysisInvariants.mentions(text, DATES.recognize(text));
    AnalysisInvariants.mentions(text, DATES.recognize(text, 2024));
  }
}
