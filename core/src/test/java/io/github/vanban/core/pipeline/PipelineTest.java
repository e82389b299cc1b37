package io.github.vanban.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.segment.SegmentStage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stage that needs tokens and adds nothing, to test the chain check. */
  private static final class NeedsTokens implements Stage {
    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(Layer.FIGURES);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      return document.withFigures(List.of());
    }
  }

  @Test
  void rejectsAStageWhoseRequirementsAreNotProduced() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Pipeline(List.of(new NormalizeStage(), new NeedsTokens())));
    assertEquals(
        "stage NeedsTokens requires [TOKENS]; produced so far: [NORMALIZED_TEXT]", e.getMessage());
  }

  @Test
  void runsStagesInOrderAndRecordsLayers() {
    Pipeline p = new Pipeline(List.of(new NormalizeStage(), new SegmentStage()));
    AnalyzedDocument d = p.analyze("Căn cứ Luật.  Xét Tờ trình.");
    assertEquals(Set.of(Layer.NORMALIZED_TEXT, Layer.SENTENCES, Layer.TOKENS), d.layers());
    assertEquals(2, d.sentences().size());
    assertTrue(p.produces().contains(Layer.TOKENS));
  }

  @Test
  void withWithoutAndReplacingBuildNewCheckedPipelines() {
    Pipeline base = new Pipeline(List.of(new NormalizeStage(), new SegmentStage()));
    assertEquals(3, base.with(new NeedsTokens()).stages().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> base.without(s -> s instanceof SegmentStage).with(new NeedsTokens()));
    Pipeline replaced = base.replacing(s -> s instanceof SegmentStage, new SegmentStage());
    assertEquals(2, replaced.stages().size());
  }

  @Test
  void emptyTextGivesEmptyLayers() {
    AnalyzedDocument d =
        new Pipeline(List.of(new NormalizeStage(), new SegmentStage())).analyze("");
    assertTrue(d.sentences().isEmpty());
    assertTrue(d.tokens().isEmpty());
  }

  /** A stage of a layer defined outside vanban, needing another outside layer. */
  private static final class NeedsWords implements Stage {
    static final LayerKey<java.util.List<String>> WORDS = LayerKey.ofList("WORDS");
    static final LayerKey<Integer> COUNT = LayerKey.of("COUNT", 0);

    @Override
    public Set<Layer> requires() {
      return Set.of(WORDS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(COUNT);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      return document.with(COUNT, document.get(WORDS).size());
    }
  }

  @Test
  void checksLayersDefinedOutsideVanbanByKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Pipeline(List.of(new NormalizeStage(), new SegmentStage(), new NeedsWords())));
    assertEquals(
        "stage NeedsWords requires [WORDS]; produced so far: [NORMALIZED_TEXT, SENTENCES, TOKENS]",
        e.getMessage());
  }
}
