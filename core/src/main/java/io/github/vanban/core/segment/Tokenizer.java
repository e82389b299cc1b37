package io.github.vanban.core.segment;

import static io.github.vanban.core.text.WordCharacters.isWordChar;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllable tokens: maximal runs of letters, digits and combining marks, and each
 * other non-space character on its own.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

  /**
   * Returns the token spans of {@code text} in order.
   *
   * @param text the text to split
   * @return the spans of syllables and punctuation marks in text order, white space excluded
   */
  public List<TextSpan> tokenize(String text) {
    List<TextSpan> out = new ArrayList<>(text.length() / 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        out.add(new TextSpan(start, i));
      } else {
        int width = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
        out.add(new TextSpan(i, i + width));
        i += width;
      }
    }
    return out;
  }
}
