package io.github.vanban.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Checks the filter with Lucene's own harness: terms, offsets, types, positions, contract. */
public class VietnameseNormalizationFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer normalized() {
    return Tokens.analyzer(VietnameseSyllableTokenizer::new, VietnameseNormalizationFilter::new);
  }

  private static void assertNormalizes(String input, String term, int end) throws IOException {
    try (Analyzer a = normalized()) {
      assertAnalyzesTo(
          a,
          input,
          new String[] {term},
          new int[] {0},
          new int[] {end},
          new String[] {"word"},
          new int[] {1});
    }
  }

  public void testComposesNfdKeepingTheInputOffsets() throws IOException {
    assertNormalizes("te\u0302\u0301", "tế", 4);
  }

  public void testTurnsEthIntoDWithStroke() throws IOException {
    // U+00D0 (Icelandic eth) typed for Đ.
    assertNormalizes("H\u00D0ND", "HĐND", 4);
  }

  public void testLeavesNfcAndAsciiTermsAlone() throws IOException {
    assertNormalizes("Quảng", "Quảng", 5);
    assertNormalizes("abc", "abc", 3);
  }

  public void testEmptyInputGivesNoToken() throws IOException {
    try (Analyzer a = normalized()) {
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testMapsDashesAndDropsInvisibleCharactersOfAWholeKeyword() throws IOException {
    // A keyword keeps what the syllable tokenizer splits on: an en dash, a soft hyphen, an eth.
    try (Analyzer a = Tokens.analyzer(KeywordTokenizer::new, VietnameseNormalizationFilter::new)) {
      assertAnalyzesTo(
          a, "NQ\u2013H\u00D0\u00ADND", new String[] {"NQ-HĐND"}, new int[] {0}, new int[] {8});
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = normalized()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomKeywords() throws IOException {
    try (Analyzer a = Tokens.analyzer(KeywordTokenizer::new, VietnameseNormalizationFilter::new)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
