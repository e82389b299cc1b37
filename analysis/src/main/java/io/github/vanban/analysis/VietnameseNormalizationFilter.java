package io.github.vanban.analysis;

import io.github.vanban.core.text.VietnameseText;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalises each term with {@link VietnameseText#normalize(String)} (NFC, {@code Ð} to {@code Đ},
 * dash and space variants), so the index and the analysis pipeline see identical text.
 *
 * <p>The algorithm lives in {@code VietnameseText}; this filter only delegates, editing the term in
 * place unless it holds a character to compose. Offsets are left untouched, pointing into the
 * original text. Not thread-safe, like every Lucene token filter.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /**
   * Wraps {@code input}.
   *
   * @param input the stream whose terms are normalised
   */
  public VietnameseNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!isAscii(term)) {
      int length = VietnameseText.normalize(term.buffer(), term.length());
      if (length >= 0) {
        term.setLength(length);
      } else {
        // A combining mark or a surrogate pair: composing it takes the string form.
        String normalized = VietnameseText.normalize(term.toString()).text();
        term.setEmpty().append(normalized);
      }
    }
    return true;
  }

  static boolean isAscii(CharTermAttribute term) {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
