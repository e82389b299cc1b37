package io.github.vanban.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Checks the tokenizer with Lucene's own harness: terms, offsets, types, positions, contract. */
public class VietnameseSyllableTokenizerTest extends BaseTokenStreamTestCase {

  private static Analyzer syllables() {
    return Tokens.analyzer(VietnameseSyllableTokenizer::new, ts -> ts);
  }

  public void testSplitsSyllablesAndDropsPunctuation() throws IOException {
    try (Analyzer a = syllables()) {
      assertAnalyzesTo(
          a,
          "Quảng Ninh, 205/NQ-HĐND.",
          new String[] {"Quảng", "Ninh", "205", "NQ", "HĐND"},
          new int[] {0, 6, 12, 16, 19},
          new int[] {5, 10, 15, 18, 23},
          new String[] {"word", "word", "word", "word", "word"},
          new int[] {1, 1, 1, 1, 1});
    }
  }

  public void testKeepsCombiningMarksInsideTheSyllable() throws IOException {
    try (Analyzer a = syllables()) {
      assertAnalyzesTo(
          a,
          "kinh te\u0302\u0301",
          new String[] {"kinh", "te\u0302\u0301"},
          new int[] {0, 5},
          new int[] {4, 9});
    }
  }

  public void testEmptyAndPunctuationOnlyInputGiveNoToken() throws IOException {
    try (Analyzer a = syllables()) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " - ... ; ", new String[0]);
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = syllables()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomLongText() throws IOException {
    try (Analyzer a = syllables()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
