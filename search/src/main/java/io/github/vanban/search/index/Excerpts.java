package io.github.vanban.search.index;

import io.github.vanban.core.model.TextSpan;

/**
 * Cuts a readable excerpt of bounded length around a mention: the sentence when it is short, else a
 * window of it centred on the mention with {@code ...} where it was cut.
 *
 * <p>Stateless and thread-safe.
 */
final class Excerpts {

  /** The longest excerpt, in characters, before the ellipses. */
  static final int MAX_LENGTH = 300;

  private Excerpts() {}

  /** Returns the excerpt of {@code sentence} in {@code text} around {@code mention}. */
  static String around(String text, TextSpan sentence, TextSpan mention) {
    int start = Math.min(sentence.start(), mention.start());
    int end = Math.max(sentence.end(), mention.end());
    if (end - start > MAX_LENGTH) {
      int centre = (mention.start() + mention.end()) / 2;
      int from = Math.max(start, Math.min(centre - MAX_LENGTH / 2, end - MAX_LENGTH));
      int to = Math.min(end, from + MAX_LENGTH);
      return (from > start ? "..." : "")
          + oneLine(text.substring(wordStart(text, from, start), wordEnd(text, to, end)))
          + (to < end ? "..." : "");
    }
    return oneLine(text.substring(start, end));
  }

  private static int wordStart(String text, int from, int limit) {
    int i = from;
    while (i > limit && !Character.isWhitespace(text.charAt(i - 1)) && from - i < 20) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int to, int limit) {
    int i = to;
    while (i < limit && !Character.isWhitespace(text.charAt(i)) && i - to < 20) {
      i++;
    }
    return i;
  }

  /** Returns {@code s} with every run of white space, line breaks included, as one space. */
  static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
