package io.github.vanban.core.model;

import java.util.Objects;

/**
 * What the file says about itself: its format, page count and the properties its producer stored.
 *
 * <p>Absent values are {@code null}. Immutable and thread-safe.
 *
 * @param format the detected format's short name ({@code pdf}, {@code docx}, {@code doc}, {@code
 *     rtf}, {@code html}, {@code txt}, {@code md})
 * @param pages number of pages, or 0 when the format has none
 * @param title document title from the file's properties
 * @param author author from the file's properties
 * @param created creation date-time as the file states it (ISO-8601 when parseable)
 * @param modified last modification date-time (ISO-8601 when parseable)
 * @param producer the software that wrote the file
 */
public record DocumentMetadata(
    String format,
    int pages,
    String title,
    String author,
    String created,
    String modified,
    String producer) {

  /**
   * Checks that the format is named and the page count is not negative.
   *
   * @param format the detected format's short name ({@code pdf}, {@code docx}, {@code doc}, {@code
   *     rtf}, {@code html}, {@code txt}, {@code md})
   * @param pages number of pages, or 0 when the format has none
   * @param title document title from the file's properties
   * @param author author from the file's properties
   * @param created creation date-time as the file states it (ISO-8601 when parseable)
   * @param modified last modification date-time (ISO-8601 when parseable)
   * @param producer the software that wrote the file
   */
  public DocumentMetadata {
    Objects.requireNonNull(format, "format");
    if (pages < 0) {
      throw new IllegalArgumentException("pages " + pages + " must be >= 0");
    }
  }

  /**
   * Metadata that only names the format.
   *
   * @param format the format's short name ({@code txt}, {@code pdf}); not null
   * @return metadata with 0 pages and no file properties
   */
  public static DocumentMetadata ofFormat(String format) {
    return new DocumentMetadata(format, 0, null, null, null, null, null);
  }

  /**
   * Returns a copy with the page count replaced.
   *
   * @param newPages the page count, {@code >= 0}
   * @return a new metadata value with every other field unchanged
   */
  public DocumentMetadata withPages(int newPages) {
    return new DocumentMetadata(format, newPages, title, author, created, modified, producer);
  }
}
