package io.github.vanban.core.segment;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import java.util.Objects;
import java.util.Set;

/**
 * Adds sentence spans with a {@link SentenceSplitter} (by default the bundled {@link
 * OpenNlpSentenceSegmenter}) and syllable token spans with a {@link Tokenizer}.
 *
 * <p>Immutable and thread-safe when its splitter is (both bundled splitters are).
 */
public final class SegmentStage implements Stage {

  private final SentenceSplitter sentences;
  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * Creates the stage with the bundled sentence model.
   *
   * @throws IllegalStateException when the bundled model is missing from the class path
   */
  public SegmentStage() {
    this(OpenNlpSentenceSegmenter.bundled());
  }

  /**
   * Creates the stage with another splitter, such as the rule baseline {@link SentenceSegmenter}.
   *
   * @param sentences the sentence splitter
   */
  public SegmentStage(SentenceSplitter sentences) {
    this.sentences = Objects.requireNonNull(sentences, "sentences");
  }

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
