package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.NormalizeStage;
import io.github.vanban.core.pipeline.Pipeline;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructureStageTest {

  private final StructureStage stage = new StructureStage();

  @Test
  void needsTheNormalisedTextAndGivesTheStructure() {
    assertEquals(Set.of(Layer.NORMALIZED_TEXT), stage.requires());
    assertEquals(Set.of(StructureLayer.STRUCTURE), stage.produces());
  }

  @Test
  void readsNfdTextAfterNormalisation() {
    String nfd = Normalizer.normalize("Điều 1. Phạm vi\nNội dung.", Normalizer.Form.NFD);
    AnalyzedDocument doc = new Pipeline(List.of(new NormalizeStage(), stage)).analyze(nfd);
    assertTrue(doc.has(StructureLayer.STRUCTURE));
    assertEquals("Phạm vi", doc.get(StructureLayer.STRUCTURE).get(0).title());
  }

  @Test
  void theDefaultPipelineAddsTheStructure() {
    assertTrue(DefaultPipeline.create().produces().contains(StructureLayer.STRUCTURE));
  }

  @Test
  void aPipelineWithoutNormalisationIsRefusedWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(stage)));
    assertEquals(
        "stage StructureStage requires [NORMALIZED_TEXT]; produced so far: []", e.getMessage());
  }
}
