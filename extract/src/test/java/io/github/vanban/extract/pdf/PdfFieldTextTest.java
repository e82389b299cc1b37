package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/**
 * PDFs whose text is only in form fields or in free-text annotations are not NO_TEXT; field values
 * come in reading order, hidden fields and comment notes stay out unless nothing else holds text.
 */
class PdfFieldTextTest {

  private static final String TEXT =
      "So: 12/UBND-VP. Kinh gui: So Tai chinh. Bao cao thu ngan sach.";

  @Test
  void textOnlyInFormFieldsIsRead() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      field(form(doc), page, "noi_dung", TEXT, 50, 500);
      assertTrue(extract(doc).text().contains(TEXT));
    }
  }

  @Test
  void fieldValuesFollowTheirPlaceOnThePageNotTheFormsOrder() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      PDAcroForm form = form(doc);
      // Created (and so listed in the form) bottom first.
      field(form, page, "ky_ten", "Nguyen Van A, Chu tich", 600, 100);
      field(form, page, "so", "So: 12/UBND-VP", 50, 780);
      field(form, page, "noi_dung", "Bao cao thu ngan sach nam 2025", 50, 500);
      assertEquals(
          "So: 12/UBND-VP\nBao cao thu ngan sach nam 2025\nNguyen Van A, Chu tich",
          extract(doc).text());
    }
  }

  @Test
  void aFieldWhoseWidgetsAreHiddenIsNotRead() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      PDAcroForm form = form(doc);
      field(form, page, "noi_dung", TEXT, 50, 500);
      PDTextField hidden = field(form, page, "an", "BIMAT an", 50, 300);
      hidden.getWidgets().get(0).setHidden(true);
      assertEquals(TEXT, extract(doc).text());
    }
  }

  @Test
  void commentNotesAreReadOnlyWhenNothingElseHoldsText() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      page.setAnnotations(List.of(note("Gop y: sua lai so lieu muc 2.")));
      ExtractedDocument only = extract(doc);
      assertEquals("Gop y: sua lai so lieu muc 2.", only.text());
      assertEquals(
          List.of("the only text is in comment notes (annotations); it was read as the document's"),
          only.warnings());
      page.setAnnotations(List.of(freeText(TEXT), note("Gop y: sua lai so lieu muc 2.")));
      assertEquals(TEXT, extract(doc).text());
    }
  }

  /** Adds an A4 page to {@code doc} and returns it. */
  private static PDPage page(PDDocument doc) {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    return page;
  }

  /** Gives {@code doc} a form and returns it. */
  private static PDAcroForm form(PDDocument doc) {
    PDAcroForm form = new PDAcroForm(doc);
    doc.getDocumentCatalog().setAcroForm(form);
    return form;
  }

  /** A text box written on the page ({@code FreeText}), whose contents show. */
  private static PDAnnotationText freeText(String contents) {
    PDAnnotationText note = note(contents);
    note.getCOSObject().setName(COSName.SUBTYPE, "FreeText");
    return note;
  }

  private static PDAnnotationText note(String contents) {
    PDAnnotationText note = new PDAnnotationText();
    note.setContents(contents);
    note.setRectangle(new PDRectangle(50, 700, 20, 20));
    return note;
  }

  private static PDTextField field(
      PDAcroForm form, PDPage page, String name, String value, float x, float y)
      throws IOException {
    PDTextField field = new PDTextField(form);
    field.setPartialName(name);
    field.getCOSObject().setString(COSName.V, value);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(x, y, 300, 20));
    widget.setPage(page);
    page.getAnnotations().add(widget);
    form.getFields().add(field);
    return field;
  }

  @Test
  void textOnlyInAFreeTextAnnotationIsRead() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      page(doc).setAnnotations(List.of(freeText(TEXT)));
      assertTrue(extract(doc).text().contains(TEXT));
    }
  }

  private static ExtractedDocument extract(PDDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return new PdfExtractor()
        .extract(
            new ByteArrayInputStream(out.toByteArray()),
            ExtractContext.DEFAULT.withOcr(OcrMode.OFF));
  }
}
