package io.github.vanban.analysis;

import io.github.vanban.core.recognize.number.DocumentNumbers;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each term by its {@link DocumentNumbers#key(String) document-number key}; meant after a
 * {@code KeywordTokenizer}, so a field of numbers matches every spelling of a number.
 *
 * <p>The key logic lives in {@link DocumentNumbers}, which the recognisers and the index share;
 * this filter only delegates. The term's buffer is edited in place unless a character needs the
 * full Unicode normalisation and upper casing (then a string is built). Offsets are untouched. Not
 * thread-safe, like every Lucene token filter.
 */
public final class DocumentNumberFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /**
   * Wraps {@code input}.
   *
   * @param input the stream whose terms are whole document numbers, typically from a {@code
   *     KeywordTokenizer}
   */
  public DocumentNumberFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = DocumentNumbers.keyInPlace(term.buffer(), term.length());
    if (length == DocumentNumbers.NOT_IN_PLACE) {
      String key = DocumentNumbers.key(term.toString());
      term.setEmpty().append(key);
    } else {
      term.setLength(length);
    }
    return true;
  }
}
