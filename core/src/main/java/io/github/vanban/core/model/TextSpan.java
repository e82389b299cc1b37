package io.github.vanban.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text.
 *
 * <p>Spans sort in text order: by start, then by end (the shorter first). Immutable and
 * thread-safe.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end last index, exclusive, {@code >= start}
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  /**
   * Validates the range.
   *
   * @param start first index, inclusive, {@code >= 0}
   * @param end last index, exclusive, {@code >= start}
   * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
   */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns the number of characters covered.
   *
   * @return {@code end - start}, {@code >= 0}
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns whether {@code other} lies entirely within this span.
   *
   * @param other the span to test; not null
   * @return true when {@code other.start() >= start} and {@code other.end() <= end}
   */
  public boolean contains(TextSpan other) {
    return other.start >= start && other.end <= end;
  }

  /**
   * Returns whether the character at {@code offset} lies within this span.
   *
   * @param offset a UTF-16 offset
   * @return true when {@code start <= offset} and {@code offset < end}
   */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /**
   * Returns whether the two spans share at least one character.
   *
   * @param other the span to test; not null
   * @return true when {@code other.start() < end} and {@code start < other.end()}
   */
  public boolean overlaps(TextSpan other) {
    return other.start < end && start < other.end;
  }

  /**
   * Returns the characters of {@code text} covered by this span.
   *
   * @param text the text this span points into, at least {@code end} characters long
   * @return the substring {@code [start, end)} of {@code text}
   */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /**
   * Returns this span moved by {@code delta} characters, as when the text it points into is found
   * at {@code delta} in a larger text.
   *
   * @param delta the characters to add to both ends, negative to move back
   * @return the span {@code [start + delta, end + delta)}
   * @throws IllegalArgumentException when the moved span would start before 0
   */
  public TextSpan shift(int delta) {
    return new TextSpan(start + delta, end + delta);
  }

  /**
   * Orders spans by start, then by end.
   *
   * @param other the span to compare with; not null
   * @return a negative number, zero or a positive number as this span comes before, with or after
   *     {@code other}
   */
  @Override
  public int compareTo(TextSpan other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }
}
