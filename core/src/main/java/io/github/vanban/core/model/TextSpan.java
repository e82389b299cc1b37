package io.github.vanban.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record TextSpan(int start, int end) {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
   */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether {@code other} lies entirely within this span. */
  public boolean contains(TextSpan other) {
    return other.start >= start && other.end <= end;
  }

  /** Returns whether the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return other.start < end && start < other.end;
  }

  /** Returns the characters of {@code text} covered by this span. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
