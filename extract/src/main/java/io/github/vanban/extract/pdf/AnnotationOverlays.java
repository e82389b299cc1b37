package io.github.vanban.extract.pdf;

import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Decides which annotations are read as part of a page: the visible widgets, free-text and stamp
 * annotations that have an appearance, which is how signing and numbering tools stamp a document's
 * number and date over a template.
 *
 * <p>Stateless and thread-safe.
 */
final class AnnotationOverlays {

  private AnnotationOverlays() {}

  /** Returns true when the annotation's appearance is drawn over the page for a reader. */
  static boolean isStamp(PDAnnotation annotation) {
    String subtype = annotation.getSubtype();
    boolean kind =
        annotation instanceof PDAnnotationWidget
            || "FreeText".equals(subtype)
            || "Stamp".equals(subtype);
    return kind
        && !annotation.isHidden()
        && !annotation.isNoView()
        && annotation.getNormalAppearanceStream() != null;
  }
}
