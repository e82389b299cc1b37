package io.github.vanban.core.text;

import io.github.vanban.core.model.TextSpan;
import java.util.Objects;

/**
 * A normalised text with the map from offsets in the original text to offsets in it.
 *
 * <p>Immutable and thread-safe (the offset array is never exposed).
 */
public final class NormalizedText {

  private final String text;
  private final int[] newOffsetOfOld;

  NormalizedText(String text, int[] newOffsetOfOld) {
    this.text = Objects.requireNonNull(text, "text");
    this.newOffsetOfOld = newOffsetOfOld;
  }

  /**
   * Returns the normalised text.
   *
   * @return the normalised text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the offset in the normalised text that corresponds to {@code oldOffset} in the original
   * (an offset inside a composed cluster maps to the cluster's start).
   *
   * @param oldOffset an offset into the original text, in {@code [0, original length]}
   * @return the corresponding offset into {@link #text()}
   */
  public int map(int oldOffset) {
    if (oldOffset < 0 || oldOffset >= newOffsetOfOld.length) {
      throw new IllegalArgumentException(
          "offset " + oldOffset + " outside [0, " + (newOffsetOfOld.length - 1) + "]");
    }
    return newOffsetOfOld[oldOffset];
  }

  /**
   * Returns {@code span} of the original text moved onto the normalised text.
   *
   * @param span a span of the original text
   * @return the span of the same characters in {@link #text()}
   */
  public TextSpan map(TextSpan span) {
    return new TextSpan(map(span.start()), map(span.end()));
  }
}
