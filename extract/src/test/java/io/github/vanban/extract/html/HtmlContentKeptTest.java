package io.github.vanban.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boilerplate removal never takes a page's only content: a short complete Công văn, and a document
 * wrapped in what usually holds chrome (a page-wide form, a class naming a sidebar, {@code
 * aria-hidden}, {@code <header>}, {@code <iframe srcdoc>}, {@code <textarea>}, {@code <noscript>})
 * keep their text, with a warning when the filter had to be undone.
 */
class HtmlContentKeptTest {

  /** A complete one-paragraph Công văn of about 150 characters. */
  private static final String CONG_VAN =
      "<p>Số: 12/UBND-VP</p><p>Kính gửi: Sở Tài chính.</p>"
          + "<p>Đề nghị gửi báo cáo thu ngân sách quý I trước ngày 5/4/2025.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void aShortCompleteCongVanIsADocument() throws Exception {
    ExtractedDocument doc = extract("<html><body>" + CONG_VAN + "</body></html>");
    assertTrue(doc.text().contains("Kính gửi: Sở Tài chính."), doc.text());
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "page-wide form | <form action='x'>DOC</form>",
        "class naming a sidebar | <div class='layout-has-sidebar share tags'>DOC</div>",
        "aria-hidden wrapper | <div aria-hidden='true'>DOC</div>",
        "document inside header | <header>DOC</header>",
        "textarea | <textarea>DOC</textarea>",
        "noscript | <noscript>DOC</noscript>",
      })
  void aDocumentInsideWhatUsuallyHoldsChromeKeepsItsText(String quirk, String body)
      throws Exception {
    String html = "<html><body>" + body.replace("DOC", CONG_VAN) + "</body></html>";
    ExtractedDocument doc = extract(html);
    assertTrue(doc.text().contains("Kính gửi: Sở Tài chính."), quirk + ": " + doc.text());
    assertTrue(doc.text().contains("Số: 12/UBND-VP"), quirk + ": " + doc.text());
  }

  @Test
  void aDocumentInAnIframeSrcdocKeepsItsText() throws Exception {
    String srcdoc = CONG_VAN.replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    ExtractedDocument doc =
        extract("<html><body><iframe srcdoc=\"" + srcdoc + "\"></iframe></body></html>");
    assertTrue(doc.text().contains("Kính gửi: Sở Tài chính."), doc.text());
    assertTrue(
        doc.warnings().stream().anyMatch(w -> w.contains("kept")), String.valueOf(doc.warnings()));
  }

  @Test
  void aPageDeclaringAnotherCharsetButHoldingUtf8IsReadAsUtf8WithAWarning() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body>" + CONG_VAN + "</body></html>";
    ExtractedDocument doc = extract(html);
    assertTrue(doc.text().contains("Kính gửi: Sở Tài chính."), doc.text());
    assertEquals(
        java.util.List.of("the page declares windows-1252 but its bytes are UTF-8; read as UTF-8"),
        doc.warnings());
  }

  @Test
  void aPageOfChromeOnlyIsStillNoText() {
    String html =
        "<html><body><nav>Trang chủ | Giới thiệu</nav><div class='sidebar'>Liên hệ: Số 60 Trần"
            + " Phú</div><p>Không có gì</p></body></html>";
    ExtractionException e = assertThrows(ExtractionException.class, () -> extract(html));
    assertEquals(Reason.NO_TEXT, e.reason());
  }

  private ExtractedDocument extract(String html) throws Exception {
    return extractor.extract(
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), ExtractContext.DEFAULT);
  }
}
