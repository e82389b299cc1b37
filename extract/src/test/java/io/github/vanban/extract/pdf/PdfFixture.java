package io.github.vanban.extract.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Builds small PDFs for tests with PDFBox: A4 pages, text placed at a position given from the top
 * left (in the Liberation Sans font PDFBox ships, which has the Vietnamese letters), lines and
 * images. Each test names its fixture after the quirk it shows.
 */
final class PdfFixture {

  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();

  private final PDDocument document = new PDDocument();
  private final PDFont font;
  private final List<PDPageContentStream> streams = new ArrayList<>();
  private PDPageContentStream stream;

  PdfFixture() {
    try (InputStream ttf =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      font = PDType0Font.load(document, ttf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page. */
  PdfFixture page() throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    streams.add(stream);
    return this;
  }

  /** Writes text with its left edge at {@code x} and its baseline {@code baseline} from the top. */
  PdfFixture text(float x, float baseline, float size, String text) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, HEIGHT - baseline);
    stream.showText(text);
    stream.endText();
    return this;
  }

  /**
   * Writes text drawn in a given rendering mode and fill colour (invisible text is {@link
   * RenderingMode#NEITHER}, the mode of a scan's OCR layer).
   */
  PdfFixture drawn(float x, float baseline, float size, String text, RenderingMode mode, Color fill)
      throws IOException {
    stream.saveGraphicsState();
    stream.setRenderingMode(mode);
    stream.setNonStrokingColor(fill);
    text(x, baseline, size, text);
    stream.restoreGraphicsState();
    return this;
  }

  /** Fills a rectangle given by its top-left corner (from the top left of the page) and size. */
  PdfFixture fill(float x, float top, float width, float height, Color colour) throws IOException {
    stream.saveGraphicsState();
    stream.setNonStrokingColor(colour);
    stream.addRect(x, HEIGHT - top - height, width, height);
    stream.fill();
    stream.restoreGraphicsState();
    return this;
  }

  /** Sets the crop box of the current page (in PDF user space, origin at the bottom left). */
  PdfFixture crop(PDRectangle box) {
    document.getPage(document.getNumberOfPages() - 1).setCropBox(box);
    return this;
  }

  /** Writes text centred on the page. */
  PdfFixture centred(float baseline, float size, String text) throws IOException {
    return text((WIDTH - width(text, size)) / 2, baseline, size, text);
  }

  /**
   * Writes a paragraph wrapped to the width between {@code left} and {@code right}, the first line
   * indented by {@code indent}; returns the baseline for the line after it.
   */
  float paragraph(float left, float right, float indent, float baseline, float size, String text)
      throws IOException {
    List<String> lines = wrap(right - left, indent, size, text);
    for (int i = 0; i < lines.size(); i++) {
      text(i == 0 ? left + indent : left, baseline, size, lines.get(i));
      baseline += size * 1.3f;
    }
    return baseline;
  }

  /** Wraps text greedily: each line but the last is full (its next word would not fit). */
  List<String> wrap(float width, float indent, float size, String text) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float room = width - indent;
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size) > room && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
        room = width;
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** Draws a straight line between two points given from the top left. */
  PdfFixture line(float x0, float top0, float x1, float top1) throws IOException {
    stream.moveTo(x0, HEIGHT - top0);
    stream.lineTo(x1, HEIGHT - top1);
    stream.stroke();
    return this;
  }

  /** Draws a grey image over the whole page, as a scanner does. */
  PdfFixture scan() throws IOException {
    BufferedImage image = new BufferedImage(200, 283, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 283);
    g.setColor(Color.BLACK);
    g.fillRect(20, 20, 120, 6);
    g.dispose();
    stream.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, WIDTH, HEIGHT);
    return this;
  }

  /** Returns the width of {@code text} at {@code size}. */
  float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Sets the document's title and author. */
  PdfFixture info(String title, String author) {
    document.getDocumentInformation().setTitle(title);
    document.getDocumentInformation().setAuthor(author);
    return this;
  }

  /** Returns the finished PDF. */
  byte[] bytes() throws IOException {
    return save(null);
  }

  /** Returns the finished PDF encrypted with the given passwords ({@code ""} for no user one). */
  byte[] encrypted(String owner, String user) throws IOException {
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy(owner, user, new AccessPermission());
    policy.setEncryptionKeyLength(128);
    return save(policy);
  }

  private byte[] save(StandardProtectionPolicy policy) throws IOException {
    for (PDPageContentStream s : streams) {
      s.close();
    }
    streams.clear();
    if (policy != null) {
      document.protect(policy);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    document.close();
    return out.toByteArray();
  }
}
