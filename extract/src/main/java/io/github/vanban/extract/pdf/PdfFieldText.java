package io.github.vanban.extract.pdf;

import io.github.vanban.extract.DocumentBuilder;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDVariableText;

/**
 * The text a PDF holds outside its pages' content: the values of its form fields (AcroForm) and the
 * contents of its free-text annotations, which some documents are filled in with. Added after the
 * pages' text, each value once and only when the text so far does not already hold it. At most
 * {@value #MAX_VALUES} values are read. Stateless and thread-safe.
 */
final class PdfFieldText {

  /** The most field values and annotation texts read from one document. */
  static final int MAX_VALUES = 5_000;

  private PdfFieldText() {}

  /** Adds the field values and free-text annotations of the first {@code pages} pages. */
  static void write(PDDocument document, int pages, DocumentBuilder out) {
    Set<String> values = new LinkedHashSet<>();
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form != null) {
      for (PDField field : form.getFieldTree()) {
        if (values.size() >= MAX_VALUES) {
          break;
        }
        // Text and choice fields: not buttons, not signatures (their value is no text).
        if (field instanceof PDVariableText) {
          add(values, field.getValueAsString());
        }
      }
    }
    for (int i = 0; i < pages && values.size() < MAX_VALUES; i++) {
      annotations(document.getPage(i), values);
    }
    String text = out.text().toString();
    for (String v : values) {
      if (!text.contains(v)) {
        for (String line : v.split("\\R")) {
          out.paragraph(line, 0);
        }
      }
    }
  }

  private static void annotations(PDPage page, Set<String> values) {
    try {
      for (PDAnnotation a : page.getAnnotations()) {
        if ("FreeText".equals(a.getSubtype())) {
          add(values, a.getContents());
        }
      }
    } catch (IOException e) {
      // An unreadable annotation list takes nothing from the page's own text.
    }
  }

  private static void add(Set<String> values, String value) {
    if (value != null && !value.isBlank()) {
      values.add(value.strip());
    }
  }
}
