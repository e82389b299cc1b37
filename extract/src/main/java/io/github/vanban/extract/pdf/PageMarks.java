package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Box;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What a {@link GraphicsCollector} keeps of the paths and images a page draws, becoming its {@link
 * PageGraphics}: ruling lines (from thin strokes and bars), white covers, grounds (images and
 * coloured fills) and the area under images.
 *
 * <p>Rulings and covers are in the text coordinates (from the top left corner of the crop box, the
 * page's rotation not applied). Rulings are kept only on a page without rotation; covers are kept
 * on every page, a rotated one included. Grounds are in PDF user space. Not thread-safe: one per
 * collector, started again for each page.
 */
final class PageMarks {

  /** Thicker than this, a filled bar is an area, not a ruling. */
  private static final float MAX_RULING_THICKNESS = 3f;

  /** Shorter than this, a segment is a glyph stroke or a tick, not a ruling. */
  private static final float MIN_RULING_LENGTH = 6f;

  private PDRectangle crop;
  private boolean mapped;
  private final List<Box> rulings = new ArrayList<>();
  private final List<PageGraphics.Cover> covers = new ArrayList<>();
  private final List<PageGraphics.Ground> grounds = new ArrayList<>();
  private float imageArea;

  /** Starts on {@code page}: forgets what the previous page drew. */
  void start(PDPage page) {
    crop = page.getCropBox();
    mapped = page.getRotation() % 360 == 0;
    rulings.clear();
    covers.clear();
    grounds.clear();
    imageArea = 0;
  }

  /** Returns the box between two corners in user space, in text coordinates. */
  Box toPage(float x0, float y0, float x1, float y1) {
    float left = crop.getLowerLeftX();
    float top = crop.getUpperRightY();
    return new Box(x0 - left, top - y0, x1 - left, top - y1);
  }

  /** Keeps a stroked line or edge (in text coordinates) when it is long and thin: a ruling. */
  void stroke(Box box) {
    boolean thin = Math.min(box.width(), box.height()) <= MAX_RULING_THICKNESS;
    if (thin && Math.max(box.width(), box.height()) >= MIN_RULING_LENGTH) {
      rulings.add(box);
    }
  }

  /**
   * Keeps a filled rectangle (in text coordinates): a thin one as a ruling, a white one as a cover
   * painted by the operator at {@code order}.
   */
  void fill(Box rectangle, boolean white, int order) {
    if (Math.min(rectangle.width(), rectangle.height()) <= MAX_RULING_THICKNESS) {
      stroke(rectangle);
    } else if (white) {
      covers.add(new PageGraphics.Cover(rectangle, order));
    }
  }

  /**
   * Keeps an image drawn by the operator at {@code order} onto the unit square's {@code corners}
   * (in user space): its area within the crop box, and its bounds as a ground.
   */
  void image(Point2D.Float[] corners, int order) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (Point2D.Float p : corners) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    float width = Math.min(maxX, crop.getUpperRightX()) - Math.max(minX, crop.getLowerLeftX());
    float height = Math.min(maxY, crop.getUpperRightY()) - Math.max(minY, crop.getLowerLeftY());
    if (width > 0 && height > 0) {
      imageArea += width * height;
    }
    ground(new PageGraphics.Ground(minX, minY, maxX, maxY, order, true));
  }

  /**
   * Keeps a shading painted by the operator at {@code order}: it paints the clipping region, which
   * is not tracked, so it is taken as the whole page and no text on the page is judged to lie on
   * nothing.
   */
  void shading(int order) {
    ground(
        new PageGraphics.Ground(
            crop.getLowerLeftX(),
            crop.getLowerLeftY(),
            crop.getUpperRightX(),
            crop.getUpperRightY(),
            order,
            false));
  }

  /** Keeps a ground, up to one more than the most a page may hold (then the page is not judged). */
  void ground(PageGraphics.Ground ground) {
    if (grounds.size() <= PageGraphics.MAX_GROUNDS) {
      grounds.add(ground);
    }
  }

  /** Returns what the page drew since {@link #start}. */
  PageGraphics graphics() {
    float pageArea = Math.max(1f, crop.getWidth() * crop.getHeight());
    boolean complete = grounds.size() <= PageGraphics.MAX_GROUNDS;
    return new PageGraphics(
        mapped ? rulings : List.of(),
        imageArea / pageArea,
        covers,
        complete ? grounds : List.of(),
        complete);
  }
}
