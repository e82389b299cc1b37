package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Glyph;
import io.github.vanban.extract.layout.LineBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Reads one page of a loaded document into a {@link PdfPage}: collects its glyphs and graphics,
 * drops the text no reader sees (outside the crop box, invisible, white on nothing: counted in
 * {@link LeftOutGlyphs}) and the text painted over by later white boxes (white-out) or by stamped
 * characters, adds the stamped text, and builds lines.
 *
 * <p>Not thread-safe: wraps a PDFBox document, which is not; one reader per document.
 */
final class PageReader {

  private final PDDocument document;
  private final GlyphCollector glyphs;
  private final Deadline deadline;

  /** Creates the reader of {@code document}'s pages, each read before {@code deadline}. */
  PageReader(PDDocument document, Deadline deadline) throws IOException {
    this.document = document;
    this.deadline = deadline;
    this.glyphs = new GlyphCollector(deadline);
  }

  /**
   * Reads a page.
   *
   * @param number 1-based page number
   * @throws IOException when the page's content cannot be parsed
   * @throws PageBudget.PageCostException when the page costs more than its {@link PageBudget}
   */
  PdfPage read(int number) throws IOException {
    PDPage page = document.getPage(number - 1);
    // A page's text and graphics are read in one pass, unless Type 3 glyphs draw graphics of their
    // own: then the graphics are read apart first.
    PageGraphics apart = Type3Fonts.onPage(page) ? GraphicsCollector.apart(page, deadline) : null;
    GlyphCollector.PageGlyphs collected = glyphs.collect(document, number, apart);
    PageGraphics graphics = collected.graphics();
    PDRectangle crop = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float width = turned ? crop.getHeight() : crop.getWidth();
    float height = turned ? crop.getWidth() : crop.getHeight();
    List<Glyph> visible = new ArrayList<>();
    int offPage = 0;
    for (Glyph g : collected.content()) {
      if (!onPage(g, width, height)) {
        offPage += g.blank() ? 0 : 1;
      } else if (!covered(g, graphics.covers()) && !stampedOver(g, collected.overlay())) {
        visible.add(g);
      }
    }
    visible.addAll(collected.overlay());
    return new PdfPage(
        number,
        width,
        height,
        LineBuilder.build(number, visible),
        graphics,
        collected.leftOut().withOffPage(offPage));
  }

  /**
   * Returns true unless {@code g} lies wholly outside the page (drawn where no reader sees it: text
   * hidden off the page is not the document's).
   */
  private static boolean onPage(Glyph g, float width, float height) {
    return g.x() + g.width() > 0
        && g.x() < width
        && g.baseline() > 0
        && g.baseline() - g.size() < height;
  }

  /** Returns true when a stamped glyph sits on top of {@code g}: the stamp is what shows. */
  private static boolean stampedOver(Glyph g, List<Glyph> overlay) {
    for (Glyph o : overlay) {
      float overlap = Math.min(g.right(), o.right()) - Math.max(g.x(), o.x());
      if (!o.blank()
          && overlap > 0.3f * Math.min(g.width(), o.width())
          && Math.abs(g.baseline() - o.baseline()) < 0.5f * g.size()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(Glyph g, List<PageGraphics.Cover> covers) {
    float x = g.x() + g.width() / 2;
    float y = g.baseline() - g.size() * 0.3f;
    for (PageGraphics.Cover c : covers) {
      if (c.order() > g.order() && c.box().contains(x, y, 0)) {
        return true;
      }
    }
    return false;
  }
}
