package io.github.vanban.bench.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a born-digital PDF (Apache PDFBox): the two header columns side by side, centred titles,
 * wrapped paragraphs, tables as rows of cells, the signature on the right, over as many A4 pages as
 * needed. The text is in Liberation Sans, which PDFBox ships in its own jar and which covers
 * Vietnamese, embedded as a subset, so no system font is needed. The document ID is the document's
 * index, so the same seed writes the same bytes. Thread-safe: each thread parses the font once.
 */
final class PdfWriter implements DocumentWriter {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final ThreadLocal<TrueTypeFont> TTF = ThreadLocal.withInitial(PdfWriter::parse);

  @Override
  public void write(GeneratedDocument doc, OutputStream out) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      pdf.setDocumentId((long) doc.meta().index());
      PDType0Font font = PDType0Font.load(pdf, TTF.get(), true);
      try (PdfLayout layout = new PdfLayout(pdf, font)) {
        layout.columns(
            concat(doc.issuerLines(), doc.numberLine()),
            concat(doc.mottoLines(), doc.placeDateLine()));
        layout.centred(doc.title());
        layout.centred(doc.subject());
        for (Part p : doc.body()) {
          part(p, layout);
        }
        layout.signature(doc.signature());
      }
      pdf.save(out);
    }
  }

  private static void part(Part p, PdfLayout layout) throws IOException {
    if (p instanceof Part.Heading h) {
      layout.paragraph(h.text(), false);
    } else if (p instanceof Part.Paragraph para) {
      layout.paragraph(para.text(), true);
    } else if (p instanceof Part.Table t) {
      for (List<String> row : t.rows()) {
        layout.row(row);
      }
    }
  }

  private static List<String> concat(List<String> lines, String last) {
    return java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(last))
        .toList();
  }

  private static TrueTypeFont parse() {
    try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's jar has no " + FONT);
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      // Latin text needs no glyph substitution; PDFBox's GSUB pass compiles regexes on every
      // showText and took 80% of the writing time.
      ttf.setEnableGsub(false);
      return ttf;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + FONT, e);
    }
  }
}
