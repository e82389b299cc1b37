package io.github.vanban.extract.pdf;

import io.github.vanban.extract.DocumentBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDVariableText;

/**
 * The text a PDF holds outside its pages' content: the values of its form fields (AcroForm) and the
 * contents of its free-text annotations, which some documents are filled in with, and, when nothing
 * else holds text, its comment notes.
 *
 * <ul>
 *   <li>Text and choice field values and free-text annotations are the document's content: they
 *       follow the pages' text in reading order (page by page, then top to bottom and left to right
 *       by their rectangles), each value once and only when the text so far does not already hold
 *       it (a field whose appearance was read with the page). Fields shown on no page read come
 *       last. Buttons and signatures hold no text; a field whose every widget is hidden, and a
 *       hidden free-text annotation, are not seen by a reader and are not read.
 *   <li>Comment notes (sticky notes, {@code Text} annotations, and their popups) are a reviewer's
 *       remarks, not the document: they are read only when the document has no other text, so that
 *       such a PDF is not {@code NO_TEXT}, with a warning.
 * </ul>
 *
 * <p>At most {@value #MAX_VALUES} values are read. Stateless and thread-safe.
 */
final class PdfFieldText {

  /** The most field values and annotation texts read from one document. */
  static final int MAX_VALUES = 5_000;

  private PdfFieldText() {}

  /** A value and where it is shown: page index, then its rectangle's top and left edges. */
  private record Placed(String text, int page, float top, float left) {}

  /** Adds the field values and free-text annotations of the first {@code pages} pages. */
  static void write(PDDocument document, int pages, DocumentBuilder out) {
    Map<COSDictionary, String> byWidget = fieldValues(document);
    List<Placed> placed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < pages && placed.size() < MAX_VALUES; i++) {
      annotations(document, i, byWidget, placed, notes);
    }
    placed.sort(
        Comparator.comparingInt(Placed::page)
            .thenComparing(Placed::top, Comparator.reverseOrder())
            .thenComparing(Placed::left));
    Set<String> values = new LinkedHashSet<>();
    placed.forEach(p -> values.add(p.text()));
    values.addAll(byWidget.values());
    String text = out.text().toString();
    for (String v : values) {
      if (!text.contains(v)) {
        lines(v, out);
      }
    }
    if (out.length() == 0 && !notes.isEmpty()) {
      new LinkedHashSet<>(notes).forEach(n -> lines(n, out));
      out.warn("the only text is in comment notes (annotations); it was read as the document's");
    }
  }

  /**
   * The values of the text and choice fields that a reader can see, by widget (PDFBox's COS objects
   * compare by identity), in the form's order.
   */
  private static Map<COSDictionary, String> fieldValues(PDDocument document) {
    Map<COSDictionary, String> byWidget = new LinkedHashMap<>();
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return byWidget;
    }
    int count = 0;
    for (PDField field : form.getFieldTree()) {
      if (count >= MAX_VALUES) {
        break;
      }
      // Text and choice fields: not buttons, not signatures (their value is no text).
      String value = field instanceof PDVariableText ? clean(field.getValueAsString()) : null;
      if (value == null) {
        continue;
      }
      for (PDAnnotationWidget widget : field.getWidgets()) {
        if (seen(widget)) {
          byWidget.put(widget.getCOSObject(), value);
          count++;
        }
      }
    }
    return byWidget;
  }

  private static void annotations(
      PDDocument document,
      int page,
      Map<COSDictionary, String> byWidget,
      List<Placed> placed,
      List<String> notes) {
    try {
      for (PDAnnotation a : document.getPage(page).getAnnotations()) {
        String value = byWidget.remove(a.getCOSObject());
        if (value == null && "FreeText".equals(a.getSubtype()) && seen(a)) {
          value = clean(a.getContents());
        }
        if (value != null) {
          PDRectangle r = a.getRectangle();
          float top = r == null ? 0 : r.getUpperRightY();
          float left = r == null ? 0 : r.getLowerLeftX();
          placed.add(new Placed(value, page, top, left));
        } else if ("Text".equals(a.getSubtype())) {
          String note = clean(a.getContents());
          if (note != null) {
            notes.add(note);
          }
        }
      }
    } catch (IOException e) {
      // An unreadable annotation list takes nothing from the page's own text.
    }
  }

  private static boolean seen(PDAnnotation a) {
    return !a.isHidden() && !a.isNoView();
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void lines(String value, DocumentBuilder out) {
    for (String line : value.split("\\R")) {
      out.paragraph(line, 0);
    }
  }
}
