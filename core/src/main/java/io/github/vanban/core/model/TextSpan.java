package io.github.vanban.core.model;

import java.util.List;

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
   * Returns whether the two spans share at least one character.
   *
   * @param other the span to test; not null
   * @return true when {@code other.start() < end} and {@code start < other.end()}
   */
  public boolean overlaps(TextSpan other) {
    return other.start < end && start < other.end;
  }

  /**
   * Returns the span of {@code spans} that holds {@code offset}, by binary search, or the whole
   * text {@code [0, textLength)} when none does.
   *
   * @param spans spans in text order, not overlapping
   * @param offset a UTF-16 offset into the text
   * @param textLength the length of the text, the end of the fallback span
   * @return the span holding {@code offset}, or {@code [0, textLength)}
   */
  public static TextSpan holding(List<TextSpan> spans, int offset, int textLength) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSpan s = spans.get(mid);
      if (offset < s.start) {
        hi = mid - 1;
      } else if (offset >= s.end) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return new TextSpan(0, textLength);
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
}
