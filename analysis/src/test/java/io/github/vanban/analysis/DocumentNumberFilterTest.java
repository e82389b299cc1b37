package io.github.vanban.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Checks the filter with Lucene's own harness: terms, offsets, types, positions, contract. */
public class DocumentNumberFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer keys() {
    return Tokens.analyzer(KeywordTokenizer::new, DocumentNumberFilter::new);
  }

  public void testReplacesTheKeywordByItsKey() throws IOException {
    try (Analyzer a = keys()) {
      assertAnalyzesTo(
          a,
          "0205/nq-HĐND",
          new String[] {"205/NQ-HDND"},
          new int[] {0},
          new int[] {12},
          new String[] {"word"},
          new int[] {1});
    }
  }

  public void testKeysTextThatNeedsNormalisation() throws IOException {
    try (Analyzer a = keys()) {
      String nfd = Normalizer.normalize("0205/nq-tỉnh", Normalizer.Form.NFD);
      assertAnalyzesTo(a, nfd, new String[] {"205/NQ-TỈNH"});
      assertAnalyzesTo(a, "5/straße", new String[] {"5/STRASSE"});
    }
  }

  public void testBlankKeywordBecomesEmpty() throws IOException {
    try (Analyzer a = keys()) {
      assertAnalyzesTo(a, "   ", new String[] {""}, new int[] {0}, new int[] {3});
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = keys()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
