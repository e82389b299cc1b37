package io.github.vanban.extract.layout;

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
public record Box(float left, float top, float right, float bottom) {

  /**
   * Orders the edges so that the box is never inverted.
   *
   * @param left left edge
   * @param top top edge
   * @param right right edge; swapped with {@code left} when smaller
   * @param bottom bottom edge; swapped with {@code top} when smaller
   */
  public Box {
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

  /**
   * Returns the width.
   *
   * @return {@code right - left}, never negative
   */
  public float width() {
    return right - left;
  }

  /**
   * Returns the height.
   *
   * @return {@code bottom - top}, never negative
   */
  public float height() {
    return bottom - top;
  }

  /**
   * Returns the area.
   *
   * @return the width times the height
   */
  public float area() {
    return width() * height();
  }

  /**
   * Tells whether a point lies inside the box, grown by {@code slack} on every side.
   *
   * @param x the point's distance from the left of the page
   * @param y the point's distance from the top of the page
   * @param slack how far outside the edges still counts as inside
   * @return true when the point lies inside the grown box
   */
  public boolean contains(float x, float y, float slack) {
    return x >= left - slack && x <= right + slack && y >= top - slack && y <= bottom + slack;
  }
}
