package io.github.vanban.bench.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Writes Word 2007+ (Apache POI XWPF) as offices do: the two header columns in a borderless table,
 * bold centred titles, justified paragraphs, bordered data tables, Times New Roman 13. The core
 * properties carry the issue date, not the time of writing. Stateless and thread-safe.
 */
final class DocxWriter implements DocumentWriter {

  private static final String FONT = "Times New Roman";
  private static final int SIZE = 13;

  @Override
  public void write(GeneratedDocument doc, OutputStream out) throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      Date issued = Date.from(doc.meta().issued().atStartOfDay().toInstant(ZoneOffset.UTC));
      d.getProperties().getCoreProperties().setCreated(Optional.of(issued));
      d.getProperties().getCoreProperties().setModified(Optional.of(issued));
      header(doc, d);
      line(d.createParagraph(), doc.title(), true, ParagraphAlignment.CENTER);
      line(d.createParagraph(), doc.subject(), true, ParagraphAlignment.CENTER);
      for (Part p : doc.body()) {
        part(p, d);
      }
      for (String s : doc.signature()) {
        line(d.createParagraph(), s, true, ParagraphAlignment.RIGHT);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      d.write(bytes);
      withTime(bytes.toByteArray(), issued.getTime(), out);
    }
  }

  /**
   * Copies a zip, every entry stamped with {@code time}, so the same seed writes the same bytes.
   */
  private static void withTime(byte[] zip, long time, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    z.finish();
  }

  private static void header(GeneratedDocument doc, XWPFDocument d) {
    XWPFTable t = d.createTable(1, 2);
    t.removeBorders();
    column(t.getRow(0).getCell(0), doc.issuerLines(), doc.numberLine());
    column(t.getRow(0).getCell(1), doc.mottoLines(), doc.placeDateLine());
  }

  private static void column(XWPFTableCell cell, List<String> bold, String last) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    for (int k = 0; k < bold.size(); k++) {
      line(k == 0 ? first : cell.addParagraph(), bold.get(k), true, ParagraphAlignment.CENTER);
    }
    line(cell.addParagraph(), last, false, ParagraphAlignment.CENTER);
  }

  private static void part(Part p, XWPFDocument d) {
    if (p instanceof Part.Heading h) {
      line(d.createParagraph(), h.text(), true, ParagraphAlignment.LEFT);
    } else if (p instanceof Part.Paragraph para) {
      line(d.createParagraph(), para.text(), false, ParagraphAlignment.BOTH);
    } else if (p instanceof Part.Table t) {
      List<List<String>> rows = t.rows();
      XWPFTable table = d.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          XWPFParagraph cell = table.getRow(r).getCell(c).getParagraphs().get(0);
          line(cell, rows.get(r).get(c), r == 0, ParagraphAlignment.CENTER);
        }
      }
    }
  }

  private static void line(XWPFParagraph p, String text, boolean bold, ParagraphAlignment align) {
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(SIZE);
    run.setBold(bold);
    run.setText(text);
  }
}
