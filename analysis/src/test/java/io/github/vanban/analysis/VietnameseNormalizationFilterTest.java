package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNormalizationFilterTest {

  @ParameterizedTest
  @CsvSource({
    // NFD input composes to NFC; offsets stay those of the input.
    "'te\u0302\u0301', 'tế[0,4)'",
    // U+00D0 (Icelandic eth) typed for Đ.
    "'H\u00D0ND', 'HĐND[0,4)'",
    "'Quảng', 'Quảng[0,5)'",
    "'abc', 'abc[0,3)'",
    "'', ''"
  })
  void normalisesLikeThePipeline(String input, String expected) throws IOException {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
    assertEquals(
        want,
        Tokens.of(new VietnameseSyllableTokenizer(), VietnameseNormalizationFilter::new, input));
  }
}
