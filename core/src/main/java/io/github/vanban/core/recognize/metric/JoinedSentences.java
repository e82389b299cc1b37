package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a document with those split only by a soft line break joined again, so that a
 * cue at the end of a wrapped line still reaches the figure on the next one.
 *
 * <p>Immutable and thread-safe.
 */
final class JoinedSentences {

  private final List<TextSpan> spans;

  /**
   * Joins the sentences of a text.
   *
   * @param text the text
   * @param joined the text with its soft line breaks read as spaces ({@code SoftBreaks.join})
   * @param sentences the sentence spans, in order
   */
  JoinedSentences(String text, String joined, List<TextSpan> sentences) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan s : sentences) {
      int last = out.size() - 1;
      int gap = last < 0 ? -1 : out.get(last).end();
      if (gap >= 0
          && onlySpaces(joined, gap, s.start())
          && text.substring(gap, s.start()).contains("\n")) {
        out.set(last, new TextSpan(out.get(last).start(), s.end()));
      } else {
        out.add(s);
      }
    }
    this.spans = List.copyOf(out);
  }

  /** Returns the sentence holding {@code offset}, or the whole text when there is none. */
  TextSpan at(int offset, int textLength) {
    return TextSpan.holding(spans, offset, textLength);
  }

  /**
   * Returns {@code sentence} widened to start where the sentence before it starts, or {@code
   * sentence} itself when it is the first.
   *
   * @param sentence a sentence of this text
   * @return the span of both sentences
   */
  TextSpan withPrevious(TextSpan sentence) {
    TextSpan previous = null;
    for (TextSpan s : spans) {
      if (s.end() > sentence.start()) {
        break;
      }
      previous = s;
    }
    return previous == null ? sentence : new TextSpan(previous.start(), sentence.end());
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return from < to;
  }
}
