package io.github.vanban.extract.pdf;

import java.util.List;

/**
 * What a page draws besides text: ruling lines, how much of it images cover, and the opaque boxes
 * that annotations paint over its text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rulings thin horizontal and vertical lines and bars, as boxes
 * @param imageCoverage the share of the page's area under images, from 0 to 1
 * @param covers boxes painted white by annotations, hiding the page text beneath
 */
record PageGraphics(List<Box> rulings, float imageCoverage, List<Box> covers) {

  /** A page with no graphics. */
  static final PageGraphics NONE = new PageGraphics(List.of(), 0, List.of());

  /** Copies the lists and clamps the coverage. */
  PageGraphics {
    rulings = List.copyOf(rulings);
    covers = List.copyOf(covers);
    imageCoverage = Math.max(0, Math.min(1, imageCoverage));
  }
}
