package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class DocumentNumberFilterTest {

  private static List<String> keys(String text) throws IOException {
    return Tokens.of(new KeywordTokenizer(), DocumentNumberFilter::new, text);
  }

  @Test
  void replacesTheKeywordByItsKey() throws IOException {
    assertEquals(List.of("205/NQ-HDND[0,12)"), keys("0205/nq-HĐND"));
  }

  @Test
  void blankKeywordBecomesEmpty() throws IOException {
    assertEquals(List.of("[0,3)"), keys("   "));
  }
}
