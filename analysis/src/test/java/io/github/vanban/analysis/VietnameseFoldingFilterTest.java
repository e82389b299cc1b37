package io.github.vanban.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Checks the filter with Lucene's own harness: terms, offsets, types, positions, contract. */
public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer folded() {
    return Tokens.analyzer(VietnameseSyllableTokenizer::new, VietnameseFoldingFilter::new);
  }

  public void testRemovesDiacriticsAndFoldsDToD() throws IOException {
    try (Analyzer a = folded()) {
      assertAnalyzesTo(
          a,
          "kinh tế di sản Đ",
          new String[] {"kinh", "te", "di", "san", "D"},
          new int[] {0, 5, 8, 11, 15},
          new int[] {4, 7, 10, 14, 16},
          new String[] {"word", "word", "word", "word", "word"},
          new int[] {1, 1, 1, 1, 1});
      assertAnalyzesTo(a, "đường", new String[] {"duong"}, new int[] {0}, new int[] {5});
    }
  }

  public void testFoldsLettersOutsideTheLatinTablesThroughTheDecomposition() throws IOException {
    try (Analyzer a = folded()) {
      assertAnalyzesTo(a, "Ωμέγα", new String[] {"Ωμεγα"}, new int[] {0}, new int[] {5});
    }
  }

  public void testLeavesAsciiAndEmptyInputAlone() throws IOException {
    try (Analyzer a = folded()) {
      assertAnalyzesTo(a, "FDI", new String[] {"FDI"}, new int[] {0}, new int[] {3});
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = folded()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
