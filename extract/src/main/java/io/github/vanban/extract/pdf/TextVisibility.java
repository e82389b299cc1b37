package io.github.vanban.extract.pdf;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Judges whether a reader can see a glyph, from how it is drawn and what lies under it.
 *
 * <ul>
 *   <li>Text drawn neither filled nor stroked (render mode 3 or 7) is {@link Seen#INVISIBLE},
 *       unless it lies over an image: that is the OCR layer of a searchable scan, the only text
 *       such a document has, and it is kept.
 *   <li>Text only filled, in white or near white ({@link WhiteColor}), with no image and no filled
 *       shape that is not white drawn under it before, is {@link Seen#WHITE}: white on the paper.
 *   <li>Everything else is {@link Seen#VISIBLE}, and so is all text of a page whose graphics are
 *       not {@link PageGraphics#complete() complete}.
 * </ul>
 *
 * <p>A glyph is judged by one point: the middle of its advance, a third of the way up from its
 * baseline, in PDF user space. Not thread-safe: it remembers the last colour judged (one per page).
 */
final class TextVisibility {

  /** What a reader sees of a glyph. */
  enum Seen {
    /** Drawn where it shows. */
    VISIBLE,
    /** Neither filled nor stroked, and not over an image. */
    INVISIBLE,
    /** White on no background. */
    WHITE
  }

  private final PageGraphics graphics;
  private PDColor lastFill;
  private boolean lastWhite;

  /** Creates the judge of one page's text, given the page's graphics. */
  TextVisibility(PageGraphics graphics) {
    this.graphics = graphics;
  }

  /**
   * Judges a glyph.
   *
   * @param x the glyph's point in user space
   * @param y the glyph's point in user space
   * @param mode its text rendering mode
   * @param fill the non-stroking colour it is drawn in
   * @param order the position of its drawing operator in the page's content
   */
  Seen judge(float x, float y, RenderingMode mode, PDColor fill, int order) {
    if (!graphics.complete()) {
      return Seen.VISIBLE;
    }
    if (!mode.isFill() && !mode.isStroke()) {
      return onGround(x, y, Integer.MAX_VALUE, true) ? Seen.VISIBLE : Seen.INVISIBLE;
    }
    if (mode.isFill() && !mode.isStroke() && white(fill) && !onGround(x, y, order, false)) {
      return Seen.WHITE;
    }
    return Seen.VISIBLE;
  }

  private boolean white(PDColor fill) {
    if (fill != lastFill) {
      lastFill = fill;
      lastWhite = WhiteColor.is(fill);
    }
    return lastWhite;
  }

  /** Returns true when an image (or, unless {@code imagesOnly}, a fill) drawn before lies there. */
  private boolean onGround(float x, float y, int before, boolean imagesOnly) {
    for (PageGraphics.Ground g : graphics.grounds()) {
      if (g.order() < before && (g.image() || !imagesOnly) && g.contains(x, y)) {
        return true;
      }
    }
    return false;
  }
}
