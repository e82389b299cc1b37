package io.github.vanban.core.recognize.structure;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.Set;

/**
 * Adds the {@link StructureLayer#STRUCTURE} layer with a {@link StructureRecognizer}. It reads only
 * the normalised text, so it can run anywhere after normalisation.
 *
 * <p>Immutable and thread-safe.
 */
public final class StructureStage implements Stage {

  private final StructureRecognizer recognizer = new StructureRecognizer();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(StructureLayer.STRUCTURE);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.with(StructureLayer.STRUCTURE, recognizer.recognize(document.text()));
  }
}
