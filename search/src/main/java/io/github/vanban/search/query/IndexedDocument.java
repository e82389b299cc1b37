package io.github.vanban.search.query;

import java.util.Objects;

/**
 * One indexed file as {@link Index#document(String)} returns it: its summary, page count and the
 * analysed text the index stores (the text every stored offset points into).
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary the source, format, title and header
 * @param pages the page count, 0 when the format has none
 * @param text the analysed text
 */
public record IndexedDocument(DocumentSummary summary, int pages, String text) {

  /**
   * Checks the parts are present.
   *
   * @param summary the source, format, title and header
   * @param pages the page count, 0 when the format has none
   * @param text the analysed text
   */
  public IndexedDocument {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(text, "text");
  }
}
