package io.github.vanban.core.recognize.number;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.Set;

/**
 * Adds the {@link Layer#REFERENCES} layer with a {@link ReferenceRecognizer}: the documents the
 * text cites, with type name, date and relation. Needs the sentences (relation cues are read per
 * sentence), the dates (a reference's date is the day mention after its number) and the header
 * stage's {@link Layer#OWN_NUMBER} (the document's own number is no reference).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceStage implements Stage {

  private final ReferenceRecognizer recognizer = new ReferenceRecognizer();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT, Layer.SENTENCES, Layer.DATES, Layer.OWN_NUMBER);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.REFERENCES);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.withReferences(
        recognizer.recognize(
            document.text(),
            document.sentences(),
            document.dates(),
            document.get(Layer.OWN_NUMBER)));
  }
}
