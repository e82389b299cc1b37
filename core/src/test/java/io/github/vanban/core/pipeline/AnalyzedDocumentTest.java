package io.github.vanban.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedDocumentTest {

  private static final LayerKey<List<String>> WORDS = LayerKey.ofList("WORDS");
  private static final LayerKey<String> LANGUAGE = LayerKey.of("LANGUAGE", "vi");

  private final AnalyzedDocument empty = AnalyzedDocument.of(ExtractedDocument.ofText("Căn cứ"));

  @Test
  void anAbsentLayerReadsAsItsKeysEmptyValue() {
    assertEquals(List.of(), empty.get(WORDS));
    assertEquals("vi", empty.get(LANGUAGE));
    assertEquals(List.of(), empty.sentences());
    assertNull(empty.header());
    assertFalse(empty.has(WORDS));
    assertEquals(List.of(), List.copyOf(empty.layers()));
  }

  @Test
  void withReturnsANewDocumentAndLeavesTheOldOneAlone() {
    AnalyzedDocument next = empty.with(WORDS, List.of("Căn", "cứ"));
    assertEquals(List.of("Căn", "cứ"), next.get(WORDS));
    assertTrue(next.has(WORDS));
    assertFalse(empty.has(WORDS));
    assertNotEquals(empty, next);
    assertEquals(next, empty.with(WORDS, List.of("Căn", "cứ")));
  }

  @Test
  void aListIsCopiedSoTheCallerCannotChangeTheLayer() {
    List<String> words = new ArrayList<>(List.of("Căn"));
    AnalyzedDocument next = empty.with(WORDS, words);
    words.add("cứ");
    assertEquals(List.of("Căn"), next.get(WORDS));
    assertThrows(UnsupportedOperationException.class, () -> next.get(WORDS).add("x"));
  }

  @Test
  void layersKeepTheOrderStagesSetThem() {
    AnalyzedDocument d =
        empty.withTokens(List.of(new TextSpan(0, 3))).with(LANGUAGE, "en").withSentences(List.of());
    assertEquals(List.of(Layer.TOKENS, LANGUAGE, Layer.SENTENCES), List.copyOf(d.layers()));
    assertThrows(UnsupportedOperationException.class, () -> d.layers().clear());
  }

  @Test
  void theNamedAccessorsReadTheTypedStore() {
    List<TextSpan> tokens = List.of(new TextSpan(0, 3), new TextSpan(4, 6));
    AnalyzedDocument d = empty.withTokens(tokens);
    assertEquals(tokens, d.get(Layer.TOKENS));
    assertSame(d.get(Layer.TOKENS), d.tokens());
    assertTrue(d.withHeader(null).has(Layer.HEADER), "a null header is a header layer set");
  }

  @Test
  void normalisingReplacesTheTextAndRecordsTheLayer() {
    AnalyzedDocument d = empty.withNormalizedText("Căn cứ.", List.of(), List.of());
    assertEquals("Căn cứ.", d.text());
    assertEquals("Căn cứ.", d.get(Layer.NORMALIZED_TEXT));
    assertEquals(List.of(Layer.NORMALIZED_TEXT), List.copyOf(d.layers()));
  }
}
