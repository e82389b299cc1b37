package io.github.vanban.extract.pdf;

import io.github.vanban.core.model.DocumentMetadata;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reads a PDF's document information dictionary into {@link DocumentMetadata}: title, author,
 * creation and modification dates (ISO-8601 with offset) and producer; blank values become null.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfMetadataReader {

  private PdfMetadataReader() {}

  /** Returns the metadata of a loaded document. */
  static DocumentMetadata read(PDDocument document) {
    PDDocumentInformation info = document.getDocumentInformation();
    return new DocumentMetadata(
        "pdf",
        document.getNumberOfPages(),
        clean(info.getTitle()),
        clean(info.getAuthor()),
        iso(safeDate(info, true)),
        iso(safeDate(info, false)),
        clean(info.getProducer()));
  }

  private static Calendar safeDate(PDDocumentInformation info, boolean created) {
    try {
      return created ? info.getCreationDate() : info.getModificationDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String s = value.replace('\u0000', ' ').strip();
    return s.isEmpty() ? null : s;
  }

  /** Formats a calendar as ISO-8601 with its offset, e.g. {@code 2024-07-10T08:15:00+07:00}. */
  static String iso(Calendar calendar) {
    if (calendar == null) {
      return null;
    }
    GregorianCalendar g = new GregorianCalendar(calendar.getTimeZone());
    g.setTimeInMillis(calendar.getTimeInMillis());
    int offsetSeconds = calendar.getTimeZone().getOffset(calendar.getTimeInMillis()) / 1000;
    return OffsetDateTime.ofInstant(g.toInstant(), ZoneOffset.ofTotalSeconds(offsetSeconds))
        .toString();
  }
}
