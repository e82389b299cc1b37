package io.github.vanban.core.segment;

import io.github.vanban.core.model.TextSpan;
import java.util.List;

/**
 * Splits text into sentences.
 *
 * <p>Contract shared by every implementation: a line break always ends a sentence, so a sentence
 * never spans two lines; the spans come in text order, do not overlap, hold no leading or trailing
 * white space and are never empty; blank text gives an empty list. Implementations never throw on
 * strange text and are thread-safe.
 */
public interface SentenceSplitter {

  /**
   * Returns the sentence spans of {@code text} in order.
   *
   * @param text the text, usually the normalised text of a document
   * @return the spans, empty when the text is blank
   */
  List<TextSpan> split(String text);
}
