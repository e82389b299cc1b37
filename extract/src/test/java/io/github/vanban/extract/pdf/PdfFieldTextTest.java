package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/** PDFs whose text is only in form fields or in free-text annotations are not NO_TEXT. */
class PdfFieldTextTest {

  private static final String TEXT =
      "So: 12/UBND-VP. Kinh gui: So Tai chinh. Bao cao thu ngan sach.";

  @Test
  void textOnlyInFormFieldsIsRead() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDTextField field = new PDTextField(form);
      field.setPartialName("noi_dung");
      field.getCOSObject().setString(COSName.V, TEXT);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(50, 500, 400, 50));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      assertTrue(extract(doc).text().contains(TEXT));
    }
  }

  @Test
  void textOnlyInAFreeTextAnnotationIsRead() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDAnnotationText note = new PDAnnotationText();
      note.getCOSObject().setName(COSName.SUBTYPE, "FreeText");
      note.setContents(TEXT);
      note.setRectangle(new PDRectangle(50, 500, 400, 50));
      page.setAnnotations(List.of(note));
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
