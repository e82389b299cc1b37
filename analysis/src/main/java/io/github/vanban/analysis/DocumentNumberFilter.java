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
 * this filter only delegates. Offsets are untouched. Not thread-safe, like every Lucene token
 * filter.
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
    String key = DocumentNumbers.key(term.toString());
    term.setEmpty().append(key);
    return true;
  }
}
