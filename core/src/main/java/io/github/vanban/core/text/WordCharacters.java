package io.github.vanban.core.text;

/**
 * What counts as a character inside a Vietnamese word: a letter, a digit or a non-spacing combining
 * mark (so an NFD syllable, {@code e} + U+0302 + U+0301, stays one word). The pipeline's tokenizer,
 * the Lucene tokenizer and the recognisers' word-boundary tests all ask this class, so they agree
 * on where words start and end.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordCharacters {

  private WordCharacters() {}

  /**
   * Returns whether {@code codePoint} belongs inside a word.
   *
   * @param codePoint a code point, or a UTF-16 char widened to one
   * @return true for a letter, a digit or a non-spacing combining mark
   */
  public static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint)
        || Character.getType(codePoint) == Character.NON_SPACING_MARK;
  }

  /**
   * Returns whether the character at {@code index} belongs inside a word; false outside the text.
   *
   * @param text the text to read
   * @param index a UTF-16 offset, which may lie outside {@code text}
   * @return true when {@code index} lies inside {@code text} and holds a word character
   */
  public static boolean wordCharAt(CharSequence text, int index) {
    return index >= 0 && index < text.length() && isWordChar(text.charAt(index));
  }
}
