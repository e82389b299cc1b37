package io.github.vanban.core.recognize.header;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.Set;

/**
 * Adds the {@link Layer#HEADER} layer with a {@link HeaderRecognizer}: the header of an official
 * document, {@code null} for any other text. Needs the sentences to find the place-and-date line.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeaderStage implements Stage {

  private final HeaderRecognizer recognizer = new HeaderRecognizer();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.HEADER);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.withHeader(
        recognizer.recognize(document.text(), document.sentences()).orElse(null));
  }
}
