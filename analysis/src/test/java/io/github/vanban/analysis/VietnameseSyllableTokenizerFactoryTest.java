package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

class VietnameseSyllableTokenizerFactoryTest {

  @Test
  void loadsBySpiName() {
    assertEquals(
        VietnameseSyllableTokenizerFactory.class,
        TokenizerFactory.lookupClass("vietnameseSyllable"));
    assertInstanceOf(
        VietnameseSyllableTokenizer.class,
        TokenizerFactory.forName("vietnameseSyllable", new HashMap<>()).create());
  }

  @Test
  void buildsTheWholeChainByNameAsSolrWould() throws IOException {
    CustomAnalyzer analyzer =
        CustomAnalyzer.builder()
            .withTokenizer("vietnameseSyllable")
            .addTokenFilter("vietnameseNormalization")
            .addTokenFilter("lowercase")
            .addTokenFilter("vietnameseFolding")
            .build();
    assertEquals(
        List.of("hdnd[0,4)", "kinh[5,9)", "te[10,14)"),
        Tokens.of(analyzer, "H\u00D0ND Kinh Te\u0302\u0301"));
  }

  @Test
  void rejectsUnknownOptions() {
    Map<String, String> args = new HashMap<>(Map.of("mode", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> TokenizerFactory.forName("vietnameseSyllable", args));
  }
}
