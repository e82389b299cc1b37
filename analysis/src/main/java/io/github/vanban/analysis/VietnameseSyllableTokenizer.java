package io.github.vanban.analysis;

import io.github.vanban.core.text.WordCharacters;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits text into Vietnamese syllables: maximal runs of {@linkplain WordCharacters word
 * characters} (letters, digits and combining marks), the same runs as the pipeline's {@code
 * io.github.vanban.core.segment.Tokenizer} without its punctuation tokens.
 *
 * <p>Combining marks stay inside the syllable, so NFD input ({@code e} + U+0302 + U+0301) yields
 * one token that a {@link VietnameseNormalizationFilter} then composes. Offsets point into the text
 * as given. Not thread-safe, like every Lucene tokenizer: an {@code Analyzer} keeps one per thread.
 */
public final class VietnameseSyllableTokenizer extends CharTokenizer {

  /** Creates a tokenizer with the default attribute factory. */
  public VietnameseSyllableTokenizer() {
    super();
  }

  /**
   * Creates a tokenizer with the given attribute factory.
   *
   * @param factory the Lucene attribute factory that creates the token attributes
   */
  public VietnameseSyllableTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  protected boolean isTokenChar(int c) {
    return WordCharacters.isWordChar(c);
  }
}
