package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A word of the text that OCR read with low confidence: its characters may be misread.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the word stands in the text
 * @param confidence how sure the recogniser was of the word, from 0 (a guess) to 1 (certain)
 */
public record UncertainWord(TextSpan span, double confidence) {

  /**
   * Checks the confidence lies within 0..1.
   *
   * @param span where the word stands in the text
   * @param confidence how sure the recogniser was of the word, from 0 (a guess) to 1 (certain)
   */
  public UncertainWord {
    Objects.requireNonNull(span, "span");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
    }
  }

  /**
   * Returns the same word moved onto another text.
   *
   * @param mapper moves a span of the old text onto the new one
   * @return a word with the moved span and the same confidence
   */
  public UncertainWord remap(java.util.function.UnaryOperator<TextSpan> mapper) {
    return new UncertainWord(mapper.apply(span), confidence);
  }
}
