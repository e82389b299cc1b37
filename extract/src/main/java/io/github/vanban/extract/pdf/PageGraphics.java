package io.github.vanban.extract.pdf;

import java.util.List;

/**
 * What a page draws besides text: ruling lines, how much of it images cover, and the opaque white
 * boxes painted over its text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rulings thin horizontal and vertical lines and bars, as boxes
 * @param imageCoverage the share of the page's area under images, from 0 to 1
 * @param covers boxes painted white over text drawn before them (white-out, stamps)
 */
record PageGraphics(List<Box> rulings, float imageCoverage, List<Cover> covers) {

  /**
   * An opaque white box.
   *
   * @param box where it is
   * @param order position of its drawing operator in the page's content: it hides text drawn
   *     earlier
   */
  record Cover(Box box, int order) {}

  /** A page with no graphics. */
  static final PageGraphics NONE = new PageGraphics(List.of(), 0, List.of());

  /** Copies the lists and clamps the coverage. */
  PageGraphics {
    rulings = List.copyOf(rulings);
    covers = List.copyOf(covers);
    imageCoverage = Math.max(0, Math.min(1, imageCoverage));
  }
}
