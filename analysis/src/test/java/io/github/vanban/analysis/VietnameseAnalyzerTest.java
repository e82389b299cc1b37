package io.github.vanban.analysis;

import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import java.io.IOException;
import java.util.Random;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Checks each mode with Lucene's own harness: terms, offsets, types, positions, contract. */
public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {

  private static final String TEXT = "Kinh tế Di Sản";

  public void testExactModeKeepsDiacriticsInLowerCase() throws IOException {
    try (VietnameseAnalyzer a = new VietnameseAnalyzer(Mode.EXACT)) {
      assertAnalyzesTo(
          a,
          TEXT,
          new String[] {"kinh", "tế", "di", "sản"},
          new int[] {0, 5, 8, 11},
          new int[] {4, 7, 10, 14},
          new String[] {"word", "word", "word", "word"},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testFoldedModeDropsDiacritics() throws IOException {
    try (VietnameseAnalyzer a = new VietnameseAnalyzer(Mode.FOLDED)) {
      assertAnalyzesTo(
          a,
          TEXT,
          new String[] {"kinh", "te", "di", "san"},
          new int[] {0, 5, 8, 11},
          new int[] {4, 7, 10, 14},
          new String[] {"word", "word", "word", "word"},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testBigramModeJoinsAdjacentFoldedSyllables() throws IOException {
    try (VietnameseAnalyzer a = new VietnameseAnalyzer(Mode.FOLDED_BIGRAMS)) {
      assertAnalyzesTo(
          a,
          TEXT,
          new String[] {"kinh te", "te di", "di san"},
          new int[] {0, 5, 8},
          new int[] {7, 10, 14},
          new String[] {"shingle", "shingle", "shingle"},
          new int[] {1, 1, 1});
      assertAnalyzesTo(a, "một", new String[0]);
    }
  }

  public void testNfdAndEthInputAnalyseLikeNfc() throws IOException {
    try (VietnameseAnalyzer a = new VietnameseAnalyzer(Mode.EXACT)) {
      assertAnalyzesTo(
          a,
          "H\u00D0ND te\u0302\u0301",
          new String[] {"hđnd", "tế"},
          new int[] {0, 5},
          new int[] {4, 9});
    }
  }

  public void testNormalizeFoldsQueryTermsForWildcards() {
    try (VietnameseAnalyzer folded = new VietnameseAnalyzer(Mode.FOLDED);
        VietnameseAnalyzer exact = new VietnameseAnalyzer(Mode.EXACT)) {
      assertEquals("ben", folded.normalize("f", "Bền").utf8ToString());
      assertEquals("bền", exact.normalize("f", "Bền").utf8ToString());
    }
  }

  public void testEmptyInputGivesNoToken() throws IOException {
    for (Mode mode : Mode.values()) {
      try (VietnameseAnalyzer a = new VietnameseAnalyzer(mode)) {
        assertAnalyzesTo(a, "", new String[0]);
      }
    }
  }

  /**
   * Random strings of Vietnamese letters, combining marks, eth, digits and punctuation, which the
   * harness's random Unicode seldom holds: each analysis is checked as {@link #checkRandomData}
   * checks it (offsets in range and in order, the same tokens however the reader splits the text).
   */
  public void testRandomVietnameseText() throws IOException {
    Random random = random();
    String alphabet = "aăâeêioôơuưyđĐ\u0300\u0301\u0303\u0309\u0323 -/.,0123456789\u00D0\n";
    for (Mode mode : Mode.values()) {
      try (VietnameseAnalyzer a = new VietnameseAnalyzer(mode)) {
        for (int n = 0; n < 200 * RANDOM_MULTIPLIER; n++) {
          StringBuilder s = new StringBuilder();
          for (int i = random.nextInt(60); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          checkAnalysisConsistency(random, a, random.nextBoolean(), s.toString());
        }
      }
    }
  }

  public void testRandomText() throws IOException {
    for (Mode mode : Mode.values()) {
      try (VietnameseAnalyzer a = new VietnameseAnalyzer(mode)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomLongText() throws IOException {
    for (Mode mode : Mode.values()) {
      try (VietnameseAnalyzer a = new VietnameseAnalyzer(mode)) {
        checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }
}
