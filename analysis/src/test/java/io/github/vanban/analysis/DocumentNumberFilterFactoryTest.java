package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class DocumentNumberFilterFactoryTest {

  @Test
  void loadsBySpiName() {
    assertEquals(
        DocumentNumberFilterFactory.class,
        TokenFilterFactory.lookupClass("vietnameseDocumentNumber"));
    TokenFilterFactory factory =
        TokenFilterFactory.forName("vietnameseDocumentNumber", new HashMap<>());
    assertInstanceOf(DocumentNumberFilter.class, factory.create(new KeywordTokenizer()));
    assertInstanceOf(DocumentNumberFilter.class, factory.normalize(new KeywordTokenizer()));
  }

  @Test
  void aNumberFieldMatchesEverySpelling() throws java.io.IOException {
    org.apache.lucene.analysis.custom.CustomAnalyzer analyzer =
        org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
            .withTokenizer("keyword")
            .addTokenFilter("vietnameseDocumentNumber")
            .build();
    assertEquals(
        Tokens.of(analyzer, "205/NQ-HĐND").get(0).split("\\[")[0],
        Tokens.of(analyzer, "0205/nq-hdnd").get(0).split("\\[")[0]);
  }

  @Test
  void rejectsUnknownOptions() {
    Map<String, String> args = new HashMap<>(Map.of("unknown", "1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("vietnameseDocumentNumber", args));
  }
}
