package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterFactoryTest {

  @Test
  void loadsBySpiName() {
    assertEquals(
        VietnameseFoldingFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseFolding"));
    TokenFilterFactory factory = TokenFilterFactory.forName("vietnameseFolding", new HashMap<>());
    assertInstanceOf(VietnameseFoldingFilter.class, factory.create(new KeywordTokenizer()));
    assertInstanceOf(VietnameseFoldingFilter.class, factory.normalize(new KeywordTokenizer()));
  }

  @Test
  void rejectsUnknownOptions() {
    Map<String, String> args = new HashMap<>(Map.of("unknown", "1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("vietnameseFolding", args));
  }
}
