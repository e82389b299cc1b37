package io.github.vanban.search.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plain PDF by hand, one content stream per page in Helvetica (WinAnsi), so the tests can
 * make huge PDFs (a thousand pages, a hundred thousand text runs) in milliseconds without a PDF
 * library.
 */
final class RawPdf {

  private RawPdf() {}

  /** Returns a PDF whose pages draw the given content streams. */
  static byte[] of(List<String> pageContents) {
    int pages = pageContents.size();
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(4 + 2 * i).append(" 0 R ");
    }
    objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
    objects.add(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int i = 0; i < pages; i++) {
      objects.add(
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
              + " >> >> /Contents "
              + (5 + 2 * i)
              + " 0 R >>");
      String content = pageContents.get(i);
      objects.add(
          "<< /Length "
              + content.getBytes(StandardCharsets.ISO_8859_1).length
              + " >>\nstream\n"
              + content
              + "\nendstream");
    }
    return write(objects);
  }

  /** Returns a content stream showing {@code text} at ({@code x}, {@code y}) in {@code size}. */
  static String text(float x, float y, float size, String text) {
    return "BT /F1 " + size + " Tf " + x + " " + y + " Td (" + text + ") Tj ET\n";
  }

  /** Returns a PDF of the given objects, numbered from 1; object 1 must be the catalog. */
  static byte[] write(List<String> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    append(out, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      append(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    append(out, table.toString());
    return out.toByteArray();
  }

  private static void append(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
