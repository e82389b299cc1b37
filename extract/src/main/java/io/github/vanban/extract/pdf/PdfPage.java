package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Chunk;
import io.github.vanban.extract.layout.LayoutPage;
import io.github.vanban.extract.layout.TextLine;
import java.util.List;

/**
 * One page as read from the PDF: its size, its text lines, its graphics and the characters left out
 * of its text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number 1-based page number
 * @param width page width in points, as a reader sees it (rotation applied)
 * @param height page height in points, as a reader sees it
 * @param lines text lines, top to bottom
 * @param graphics rulings, image coverage and covers
 * @param leftOut the characters drawn but not read as text, by why
 */
record PdfPage(
    int number,
    float width,
    float height,
    List<TextLine> lines,
    PageGraphics graphics,
    LeftOutGlyphs leftOut) {

  /** Copies the line list. */
  PdfPage {
    lines = List.copyOf(lines);
  }

  /** Returns the number of visible characters on the page. */
  int visibleChars() {
    int n = 0;
    for (TextLine line : lines) {
      for (Chunk c : line.chunks()) {
        n += c.text().replace(" ", "").length();
      }
    }
    return n;
  }

  /** Returns the page as the format-neutral layout reads it: size, lines and rulings. */
  LayoutPage layout() {
    return new LayoutPage(number, width, height, lines, graphics.rulings());
  }
}
