package io.github.vanban.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Reads one page of a loaded document into a {@link PdfPage}: collects its glyphs and graphics,
 * drops the page text hidden under the white boxes of stamp annotations, adds the stamped text, and
 * builds lines.
 *
 * <p>Not thread-safe: wraps a PDFBox document, which is not; one reader per document.
 */
final class PageReader {

  private final PDDocument document;
  private final GlyphCollector glyphs;

  PageReader(PDDocument document) throws IOException {
    this.document = document;
    this.glyphs = new GlyphCollector();
  }

  /**
   * Reads a page.
   *
   * @param number 1-based page number
   * @throws IOException when the page's content cannot be parsed
   */
  PdfPage read(int number) throws IOException {
    PDPage page = document.getPage(number - 1);
    PageGraphics graphics = graphics(page);
    GlyphCollector.PageGlyphs collected = glyphs.collect(document, number);
    List<Glyph> visible = new ArrayList<>();
    for (Glyph g : collected.content()) {
      if (!covered(g, graphics.covers())) {
        visible.add(g);
      }
    }
    visible.addAll(collected.overlay());
    PDRectangle crop = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float width = turned ? crop.getHeight() : crop.getWidth();
    float height = turned ? crop.getWidth() : crop.getHeight();
    return new PdfPage(number, width, height, LineBuilder.build(number, visible), graphics);
  }

  /** Reads the page's graphics; a page whose drawing cannot be parsed still has its text. */
  private static PageGraphics graphics(PDPage page) {
    try {
      return new GraphicsCollector(page).collect();
    } catch (IOException | RuntimeException e) {
      return PageGraphics.NONE;
    }
  }

  private static boolean covered(Glyph g, List<Box> covers) {
    float x = g.x() + g.width() / 2;
    float y = g.baseline() - g.size() * 0.3f;
    for (Box b : covers) {
      if (b.contains(x, y, 0)) {
        return true;
      }
    }
    return false;
  }
}
