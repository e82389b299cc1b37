package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Box;
import java.util.List;

/**
 * What a page draws besides text: ruling lines, how much of it images cover, the opaque white boxes
 * painted over its text, and the images and coloured fills text may be drawn on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rulings thin horizontal and vertical lines and bars, as boxes
 * @param imageCoverage the share of the page's area under images, from 0 to 1
 * @param covers boxes painted white over text drawn before them (white-out, stamps)
 * @param grounds images and fills that are not white, in PDF user space, for telling hidden text
 *     from text on a background ({@link TextVisibility})
 * @param complete false when the drawing could not be read in full (a parse failure, more grounds
 *     than {@link #MAX_GROUNDS}): no text is then judged hidden
 */
record PageGraphics(
    List<Box> rulings,
    float imageCoverage,
    List<Cover> covers,
    List<Ground> grounds,
    boolean complete) {

  /** The most grounds kept for one page; a page drawing more is not judged. */
  static final int MAX_GROUNDS = 2_000;

  /**
   * An opaque white box.
   *
   * @param box where it is
   * @param order position of its drawing operator in the page's content: it hides text drawn
   *     earlier
   */
  record Cover(Box box, int order) {}

  /**
   * An image or a fill that is not white, as its bounding box in PDF user space (y grows upwards).
   *
   * @param minX left edge
   * @param minY bottom edge
   * @param maxX right edge
   * @param maxY top edge
   * @param order position of its drawing operator in the page's content
   * @param image true for an image, false for a filled shape or shading
   */
  record Ground(float minX, float minY, float maxX, float maxY, int order, boolean image) {

    /** Returns true when the point (in user space) lies inside. */
    boolean contains(float x, float y) {
      return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
  }

  /** A page whose graphics are unknown. */
  static final PageGraphics NONE = new PageGraphics(List.of(), 0, List.of(), List.of(), false);

  /** Copies the lists and clamps the coverage. */
  PageGraphics {
    rulings = List.copyOf(rulings);
    covers = List.copyOf(covers);
    grounds = List.copyOf(grounds);
    imageCoverage = Math.max(0, Math.min(1, imageCoverage));
  }
}
