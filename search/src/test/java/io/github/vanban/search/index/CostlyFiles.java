package io.github.vanban.search.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files that cost far more than their size to read: an RTF declaring a 2 GB {@code \bin}, a
 * DOCX of 400 000 paragraphs, a PDF whose nested form XObjects draw 10^8 glyphs, and a text file
 * just under the byte limit of a 256 MiB heap.
 */
final class CostlyFiles {

  /** The names written, each named after its quirk. */
  static final List<String> NAMES =
      List.of(
          "rtf_bin-2gb-declared.rtf",
          "docx_400000-paragraphs.docx",
          "pdf_nested-xobjects-1e8-glyphs.pdf",
          "txt_30mb-just-under-the-limit.txt");

  private CostlyFiles() {}

  /** Writes the costly files into {@code docs}. */
  static void write(Path docs) throws IOException {
    Files.createDirectories(docs);
    Files.writeString(
        docs.resolve(NAMES.get(0)),
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 Nghi quyet so 7/NQ-TU ve ke hoach."
            + "\\par{\\pict\\pngblip\\bin2000000000 ABCD}\\par Ket thuc.}",
        StandardCharsets.US_ASCII);
    writeDocx(docs.resolve(NAMES.get(1)), 400_000);
    Files.write(docs.resolve(NAMES.get(2)), nestedXObjects());
    writeText(docs.resolve(NAMES.get(3)), 30L << 20);
  }

  private static void writeDocx(Path file, int paragraphs) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      OutputStream out = new BufferedOutputStream(zip);
      out.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                  + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body>")
              .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < paragraphs; i++) {
        out.write(("<w:p><w:r><w:t>" + i + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
      }
      out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      out.flush();
      zip.closeEntry();
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * A one-page PDF: the page draws form X1 ten times, X1 draws X2 a hundred times, X2 draws X3 a
   * hundred times, X3 draws X4 a hundred times, and X4 shows ten letters: 10^8 glyphs.
   */
  private static byte[] nestedXObjects() {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [4 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 6 0 R"
            + " >> >> /Contents 5 0 R >>");
    objects.add(stream("", "q /X Do Q\n".repeat(10)));
    for (int level = 1; level <= 4; level++) {
      String resources =
          level < 4
              ? "/Resources << /XObject << /X " + (6 + level) + " 0 R >> >>"
              : "/Resources << /Font << /F1 3 0 R >> >>";
      String content =
          level < 4 ? "q /X Do Q\n".repeat(100) : "BT /F1 12 Tf 72 700 Td (ABCDEFGHIJ) Tj ET\n";
      objects.add(
          stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + resources, content));
    }
    return RawPdf.write(objects);
  }

  private static String stream(String dictionary, String content) {
    return "<< "
        + dictionary
        + " /Length "
        + content.length()
        + " >>\nstream\n"
        + content
        + "\nendstream";
  }

  /** Writes {@code size} bytes of plain sentences, each with a number and a figure. */
  private static void writeText(Path file, long size) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      for (long written = 0, i = 0; written < size; i++) {
        byte[] line =
            ("Nghi quyet so "
                    + i
                    + "/NQ-HDND ve ke hoach nam 2025, GRDP tang "
                    + (i % 13)
                    + ",5% so voi nam 2024.\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(line);
        written += line.length;
      }
    }
  }
}
