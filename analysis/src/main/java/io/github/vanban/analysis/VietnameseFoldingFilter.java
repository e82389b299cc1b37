package io.github.vanban.analysis;

import io.github.vanban.core.text.VietnameseText;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes diacritics from each term with {@link VietnameseText#foldDiacritics(String)}: {@code kinh
 * tế di sản} becomes {@code kinh te di san} and {@code đ} becomes {@code d}.
 *
 * <p>The algorithm lives in {@code VietnameseText}; this filter only delegates, editing the term in
 * place unless it holds a character outside the Latin tables. Place it after {@link
 * VietnameseNormalizationFilter} and lower-casing. Offsets are untouched. Not thread-safe, like
 * every Lucene token filter.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /**
   * Wraps {@code input}.
   *
   * @param input the stream of normalised, lower-cased terms to fold
   */
  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!VietnameseNormalizationFilter.isAscii(term)) {
      int length = VietnameseText.foldDiacritics(term.buffer(), term.length());
      if (length >= 0) {
        term.setLength(length);
      } else {
        // A character outside the Latin tables: the general decomposition takes the string form.
        String folded = VietnameseText.foldDiacritics(term.toString());
        term.setEmpty().append(folded);
      }
    }
    return true;
  }
}
