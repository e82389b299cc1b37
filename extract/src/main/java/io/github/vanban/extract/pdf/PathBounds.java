package io.github.vanban.extract.pdf;

/**
 * The bounding box of the path a {@link GraphicsCollector} is building, in user space. Not
 * thread-safe.
 */
final class PathBounds {
  private float minX = Float.MAX_VALUE;
  private float minY = Float.MAX_VALUE;
  private float maxX = -Float.MAX_VALUE;
  private float maxY = -Float.MAX_VALUE;

  /** Widens the box to hold the point. */
  void add(float x, float y) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }

  /** Returns true when no point was added since the last {@link #clear}. */
  boolean isEmpty() {
    return minX > maxX;
  }

  /** Returns the box as the ground of a fill painted by the operator at {@code order}. */
  PageGraphics.Ground ground(int order) {
    return new PageGraphics.Ground(minX, minY, maxX, maxY, order, false);
  }

  /** Forgets every point. */
  void clear() {
    minX = Float.MAX_VALUE;
    minY = Float.MAX_VALUE;
    maxX = -Float.MAX_VALUE;
    maxY = -Float.MAX_VALUE;
  }
}
