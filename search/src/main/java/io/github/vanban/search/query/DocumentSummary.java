package io.github.vanban.search.query;

import io.github.vanban.core.model.Header;
import java.util.Objects;

/**
 * An indexed file as a query returns it: where it came from, its format, title and header.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file's path relative to the indexed root
 * @param format the detected format ({@code pdf}, {@code txt}...)
 * @param title the header's subject, else the file's title property, else its first line
 * @param header the official header, or {@code null} when the file has none
 */
public record DocumentSummary(String source, String format, String title, Header header) {

  /**
   * Checks the source and format are present.
   *
   * @param source the file's path relative to the indexed root
   * @param format the detected format ({@code pdf}, {@code txt}...)
   * @param title the header's subject, else the file's title property, else its first line
   * @param header the official header, or {@code null} when the file has none
   */
  public DocumentSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
  }

  /**
   * Returns the document's own number, or {@code null}.
   *
   * @return the header's canonical number ({@code 205/NQ-HĐND}), or {@code null} without a header
   */
  public String number() {
    return header == null ? null : header.number();
  }
}
