package io.github.vanban.extract.office;

import io.github.vanban.core.model.DocumentMetadata;
import java.util.Date;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Turns a DOCX's core and extended properties into {@link DocumentMetadata}. Thread-safe. */
final class DocxMetadata {

  private DocxMetadata() {}

  /** Returns the metadata of {@code doc}; the page count is the one Word stored, if any. */
  static DocumentMetadata of(XWPFDocument doc) {
    POIXMLProperties props = doc.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
    int pages = Math.max(0, ext.getPages());
    return new DocumentMetadata(
        "docx",
        pages,
        blankToNull(core.getTitle()),
        blankToNull(core.getCreator()),
        iso(core.getCreated()),
        iso(core.getModified()),
        blankToNull(ext.getApplication()));
  }

  /**
   * ISO-8601 of {@code date}; null for none and for the zero dates of old writers (before 1980).
   */
  static String iso(Date date) {
    if (date == null
        || date.toInstant().isBefore(java.time.Instant.parse("1980-01-01T00:00:00Z"))) {
      return null;
    }
    return date.toInstant().toString();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
