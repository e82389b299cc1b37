package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentStageTest {

  private static List<TextSpan> sentences(SegmentStage stage, String text) {
    return new Pipeline(List.of(new NormalizeStage(), stage)).analyze(text).sentences();
  }

  @Test
  void theDefaultStageKeepsAListMarkerWithItsHeading() {
    assertEquals(
        List.of(new TextSpan(0, 24), new TextSpan(25, 34)),
        sentences(new SegmentStage(), "1. Sự cần thiết ban hành\nNăm 2025."));
  }

  @Test
  void anotherSplitterCanBeGiven() {
    assertEquals(
        List.of(new TextSpan(0, 2), new TextSpan(3, 24)),
        sentences(new SegmentStage(new SentenceSegmenter()), "1. Sự cần thiết ban hành"));
  }

  @Test
  void addsSentencesAndTokensAfterNormalisation() {
    SegmentStage stage = new SegmentStage();
    assertEquals(Set.of(Layer.NORMALIZED_TEXT), stage.requires());
    assertEquals(Set.of(Layer.SENTENCES, Layer.TOKENS), stage.produces());
    assertEquals(List.of(), sentences(stage, ""));
  }

  @Test
  void aMissingSplitterIsRejected() {
    assertThrows(NullPointerException.class, () -> new SegmentStage(null));
  }
}
