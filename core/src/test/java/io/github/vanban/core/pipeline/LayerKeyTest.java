package io.github.vanban.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerKeyTest {

  @Test
  void keysWithTheSameNameAreDifferentLayers() {
    LayerKey<List<String>> a = LayerKey.ofList("WORDS");
    LayerKey<List<String>> b = LayerKey.ofList("WORDS");
    assertNotEquals(a, b);
    assertEquals("WORDS", a.toString());
  }

  @Test
  void aPrintedKeyNamesItsFieldAndWriter() {
    LayerKey<String> plain = LayerKey.of("LANGUAGE", "vi");
    LayerKey<String> printed = plain.printedAs("language", (g, v) -> g.writeString(v));
    assertTrue(plain.jsonField().isEmpty() && plain.writer().isEmpty());
    assertEquals("language", printed.jsonField().orElseThrow());
    assertTrue(printed.writer().isPresent());
    assertEquals("vi", printed.empty());
  }

  @Test
  void anIndexedKeyKeepsItsWriterAndGivesItsFields() {
    LayerKey<String> printed =
        LayerKey.of("LANGUAGE", "vi").printedAs("language", (g, v) -> g.writeString(v));
    LayerKey<String> indexed = printed.indexedAs(v -> List.of(new IndexField("language", v)));
    assertTrue(printed.indexer().isEmpty());
    assertEquals("language", indexed.jsonField().orElseThrow());
    assertEquals(
        List.of(new IndexField("language", "vi")),
        indexed.indexer().orElseThrow().fields(indexed.empty()));
    assertNotEquals(printed, indexed);
  }

  @Test
  void theBuiltInPrintedLayersFollowOutputMd() {
    assertEquals(
        List.of("header", "references", "dates", "figures", "metrics"),
        Layer.PRINTED.stream().map(k -> k.jsonField().orElseThrow()).toList());
  }
}
