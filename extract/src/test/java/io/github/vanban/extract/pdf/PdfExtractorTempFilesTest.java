package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction leaves no temporary file behind: a child JVM whose {@code java.io.tmpdir} is a fresh
 * folder OCRs a scanned PDF with the real tesseract (page images and its output go through temp
 * files) and extracts a PDF, a DOCX, an RTF, an HTML page and a text file; the folder is empty
 * afterwards. A separate JVM, because {@code java.io.tmpdir} is read once per JVM and other
 * processes share the machine's {@code /tmp}.
 */
class PdfExtractorTempFilesTest {

  @TempDir Path dir;

  @Test
  void ocrAndExtractionLeaveTheTempFolderEmpty() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path outcomes = dir.resolve("outcomes.txt");
    List<String> args = new ArrayList<>(List.of(outcomes.toString()));
    args.add(write("van-ban.pdf", new PdfFixture().page().text(60, 80, 12, "Văn bản.").bytes()));
    args.add(write("van-ban.rtf", "{\\rtf1\\ansi Ngh\\u7883? quy\\u7871?t.\\par}".getBytes()));
    args.add(write("van-ban.txt", "Nghị quyết số 5/NQ-HĐND.".getBytes(StandardCharsets.UTF_8)));
    args.add(
        write(
            "van-ban.html",
            ("<p>" + "Nghị quyết về kế hoạch phát triển kinh tế năm 2025. ".repeat(6) + "</p>")
                .getBytes(StandardCharsets.UTF_8)));
    args.add(write("van-ban.docx", docx("Nghị quyết số 5/NQ-HĐND.")));
    ChildJvm.run(TempFilesChild.class, tmp, dir.resolve("child.log"), args.toArray(String[]::new));
    List<String> lines = Files.readAllLines(outcomes);
    assertTrue(lines.get(0).contains("OCR used"), "the scan was not OCRed: " + lines);
    assertEquals(6, lines.size(), lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.endsWith("CORRUPT")), lines::toString);
    ChildJvm.assertEmpty(tmp);
  }

  private String write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes).toString();
  }

  private static byte[] docx(String text) throws Exception {
    String ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
              + ".relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
              + ct
              + "\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"r1\" Type=\""
              + rel
              + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      entry(
          zip,
          "word/document.xml",
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body><w:p><w:r><w:t>"
              + text
              + "</w:t></w:r></w:p></w:body></w:document>");
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
