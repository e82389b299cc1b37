package io.github.vanban.core.recognize.number;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vanban.core.testing.AnalysisInvariants;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link DocumentNumberParser}: {@code find} on running text and {@code
 * parse} on a single number never throw, and every number found lies within the text and reads as
 * its span.
 *
 * <p>Fuzz with {@code JAZZER_FUZZ=1 ./mvnw test -pl core -Dtest=DocumentNumberParserFuzzTest}.
 */
class DocumentNumberParserFuzzTest {

  private static final DocumentNumberParser PARSER = new DocumentNumberParser();

  @FuzzTest(maxDuration = "2m")
  void find(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (ParsedNumber p : PARSER.find(text)) {
      AnalysisInvariants.within(text, p.span(), "number");
      if (!p.span().of(text).equals(p.text())) {
        throw new AssertionError("number " + p + " does not read as its span in \"" + text + "\"");
      }
    }
    PARSER.parse(text);
  }
}
