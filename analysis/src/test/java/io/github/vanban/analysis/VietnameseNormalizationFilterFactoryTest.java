package io.github.vanban.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class VietnameseNormalizationFilterFactoryTest {

  @Test
  void loadsBySpiName() {
    assertEquals(
        VietnameseNormalizationFilterFactory.class,
        TokenFilterFactory.lookupClass("vietnameseNormalization"));
    TokenFilterFactory factory =
        TokenFilterFactory.forName("vietnameseNormalization", new HashMap<>());
    assertInstanceOf(VietnameseNormalizationFilter.class, factory.create(new KeywordTokenizer()));
    assertInstanceOf(
        VietnameseNormalizationFilter.class, factory.normalize(new KeywordTokenizer()));
  }

  @Test
  void rejectsUnknownOptions() {
    Map<String, String> args = new HashMap<>(Map.of("unknown", "1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("vietnameseNormalization", args));
  }
}
