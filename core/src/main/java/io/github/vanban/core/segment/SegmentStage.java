package io.github.vanban.core.segment;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.Set;

/**
 * Adds sentence and token spans with a {@link SentenceSegmenter} and a {@link Tokenizer}. Immutable
 * and thread-safe.
 */
public final class SegmentStage implements Stage {

  private final SentenceSegmenter sentences = new SentenceSegmenter();
  private final Tokenizer tokenizer = new Tokenizer();

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.NORMALIZED_TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    return document.withSentences(sentences.split(text)).withTokens(tokenizer.tokenize(text));
  }
}
