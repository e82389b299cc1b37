package io.github.vanban.bench.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out on A4 pages top to bottom, starting a page when one is full. Used by one {@link
 * PdfWriter} call at a time; not thread-safe. Closing it ends the last page's content.
 */
final class PdfLayout implements AutoCloseable {

  private static final float SIZE = 13;
  private static final float LEADING = SIZE * 1.35f;
  private static final float LEFT = 85;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 57;
  private static final float TOP = PDRectangle.A4.getHeight() - 57;
  private static final float BOTTOM = 57;
  private static final float INDENT = 28;

  private final PDDocument pdf;
  private final PDFont font;
  private PDPageContentStream page;
  private float y;

  PdfLayout(PDDocument pdf, PDFont font) throws IOException {
    this.pdf = pdf;
    this.font = font;
    newPage();
  }

  /** Writes two columns side by side, each line centred in its column. */
  void columns(List<String> left, List<String> right) throws IOException {
    float split = LEFT + (RIGHT - LEFT) * 0.42f;
    float top = y;
    for (String line : left) {
      centredIn(line, LEFT, split);
    }
    float leftEnd = y;
    y = top;
    for (String line : right) {
      centredIn(line, split, RIGHT);
    }
    y = Math.min(leftEnd, y) - LEADING;
  }

  /** Writes wrapped lines, each centred on the page. */
  void centred(String text) throws IOException {
    for (String line : wrap(text, RIGHT - LEFT)) {
      centredIn(line, LEFT, RIGHT);
    }
  }

  /** Writes a paragraph, its first line indented when {@code indent}. */
  void paragraph(String text, boolean indent) throws IOException {
    List<String> lines = wrap(text, RIGHT - LEFT - (indent ? INDENT : 0));
    for (int k = 0; k < lines.size(); k++) {
      show(lines.get(k), LEFT + (indent && k == 0 ? INDENT : 0));
    }
    y -= LEADING * 0.3f;
  }

  /** Writes a table row: its cells in equal columns, each wrapped within its column. */
  void row(List<String> cells) throws IOException {
    float width = (RIGHT - LEFT) / cells.size();
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (String cell : cells) {
      List<String> lines = wrap(cell, width - 6);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    if (y - height * LEADING < BOTTOM) {
      newPage();
    }
    float top = y;
    for (int line = 0; line < height; line++) {
      for (int c = 0; c < cells.size(); c++) {
        if (line < wrapped.get(c).size()) {
          text(wrapped.get(c).get(line), LEFT + c * width, top - line * LEADING);
        }
      }
    }
    y = top - height * LEADING;
  }

  /** Writes the signature block centred in the right half. */
  void signature(List<String> lines) throws IOException {
    y -= LEADING;
    for (String line : lines) {
      centredIn(line, (LEFT + RIGHT) / 2, RIGHT);
    }
  }

  private void centredIn(String line, float from, float to) throws IOException {
    show(line, from + Math.max(0, (to - from - width(line)) / 2));
  }

  private void show(String line, float x) throws IOException {
    if (y - LEADING < BOTTOM) {
      newPage();
    }
    text(line, x, y);
    y -= LEADING;
  }

  private void text(String line, float x, float baseline) throws IOException {
    page.beginText();
    page.newLineAtOffset(x, baseline - SIZE);
    page.showText(line);
    page.endText();
  }

  private List<String> wrap(String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    float space = width(" ");
    for (String word : text.split(" ")) {
      float w = width(word);
      if (line.length() > 0 && used + space + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        used += space;
      }
      line.append(word);
      used += w;
    }
    lines.add(line.toString());
    return lines;
  }

  private float width(String s) throws IOException {
    return font.getStringWidth(s) / 1000 * SIZE;
  }

  private void newPage() throws IOException {
    close();
    PDPage p = new PDPage(PDRectangle.A4);
    pdf.addPage(p);
    page = new PDPageContentStream(pdf, p);
    page.setFont(font, SIZE);
    y = TOP;
  }

  @Override
  public void close() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
  }
}
