package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Format detection on inputs that fooled it: each is read as what it is, or refused clearly. */
class FormatDetectorHostileTest {

  private final FormatDetector detector = StandardFormats.DETECTOR;

  @Test
  void utf16HtmlWithABomIsHtml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes(
        "<html><body><p>Nghị quyết</p></body></html>".getBytes(StandardCharsets.UTF_16LE));
    assertEquals(Optional.of(StandardFormats.named("html")), detector.detect(out.toByteArray()));
  }

  @Test
  void aLongCommentBeforeTheHtmlTagIsHtml() {
    String html =
        "<!-- " + "ghi chú ".repeat(300) + " -->\n<html><body><p>Văn bản</p></body></html>";
    assertEquals(Optional.of(StandardFormats.named("html")), detector.detect(bytes(html)));
  }

  @Test
  void anHtmlFragmentIsHtml() {
    assertEquals(
        Optional.of(StandardFormats.named("html")),
        detector.detect(bytes("<p>Số: 12/UBND-VP</p>\n<p>Kính gửi: Sở Tài chính.</p>")));
    assertEquals(
        Optional.of(StandardFormats.named("html")),
        detector.detect(bytes("<div class=\"noi-dung\">Văn bản</div>")));
  }

  @Test
  void pdfMarkerInsideTextIsText() {
    String text = "Ghi chú: tệp đính kèm bắt đầu bằng %PDF-1.7 như mọi tệp PDF.\nHết.";
    assertEquals(Optional.of(StandardFormats.named("txt")), detector.detect(bytes(text)));
    assertEquals(
        Optional.of(StandardFormats.named("pdf")), detector.detect(bytes("%PDF-1.7\n1 0 obj")));
  }

  @Test
  void textStartingWithAFootnoteMarkIsText() {
    assertEquals(
        Optional.of(StandardFormats.named("txt")),
        detector.detect(bytes("[1] Nghị quyết số 12/NQ-HĐND ngày 1/1.")));
    assertEquals(Optional.empty(), detector.detect(bytes("[1, 2, 3]")));
    assertEquals(Optional.empty(), detector.detect(bytes("[1]\n")));
  }

  @Test
  void oneNulByteInTextIsStillText() {
    assertEquals(
        Optional.of(StandardFormats.named("txt")),
        detector.detect(
            bytes(
                "Quyết định số 5/QĐ-UBND\u0000 về kế hoạch.\n"
                    + "Điều 1. Phê duyệt kế hoạch năm 2025.\n".repeat(20))));
  }

  @Test
  void anElfBinaryIsNoFormat() {
    byte[] elf = new byte[4096];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    for (int i = 4; i < elf.length; i += 2) {
      elf[i] = (byte) ('A' + i % 26);
    }
    assertEquals(Optional.empty(), detector.detect(elf));
  }

  @Test
  void emailAndWebArchivesAreRefusedClearly() throws Exception {
    String eml =
        "Return-Path: <a@b.vn>\r\nFrom: a@b.vn\r\nMIME-Version: 1.0\r\nContent-Type: text/plain;"
            + " charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nU+G7kSA1L1FELVVCTkQ=\r\n";
    String mht =
        "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            + " type=\"text/html\"; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<html>";
    for (String message : new String[] {eml, mht}) {
      assertEquals(Optional.empty(), detector.detect(bytes(message)));
      ExtractionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExtractionException.class,
              () ->
                  Extractors.standard()
                      .extract(
                          new BufferedInputStream(new ByteArrayInputStream(bytes(message))),
                          ExtractContext.DEFAULT));
      assertEquals(ExtractionException.Reason.UNSUPPORTED, e.reason());
      assertTrue(e.getMessage().contains("e-mail or web archive (EML, MHT)"), e.getMessage());
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
