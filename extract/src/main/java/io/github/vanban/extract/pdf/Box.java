package io.github.vanban.extract.pdf;

/**
 * An axis-aligned rectangle on a page, in points from the top-left corner of the crop box.
 *
 * <p>Immutable and thread-safe.
 *
 * @param left left edge
 * @param top top edge
 * @param right right edge, not less than {@code left}
 * @param bottom bottom edge, not less than {@code top}
 */
record Box(float left, float top, float right, float bottom) {

  /** Orders the edges so that the box is never inverted. */
  Box {
    if (right < left) {
      float t = left;
      left = right;
      right = t;
    }
    if (bottom < top) {
      float t = top;
      top = bottom;
      bottom = t;
    }
  }

  float width() {
    return right - left;
  }

  float height() {
    return bottom - top;
  }

  float area() {
    return width() * height();
  }

  /** Returns true when the point lies inside the box, grown by {@code slack} on every side. */
  boolean contains(float x, float y, float slack) {
    return x >= left - slack && x <= right + slack && y >= top - slack && y <= bottom + slack;
  }
}
