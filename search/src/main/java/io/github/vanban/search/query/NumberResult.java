package io.github.vanban.search.query;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Index#number(String)} finds: the documents with that number and the files citing it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the number as the user typed it
 * @param number the canonical number as the index knows it, or {@code null} when nothing matched
 * @param documents files whose own number it is, by source
 * @param citedBy files citing it, by source
 */
public record NumberResult(
    String query, String number, List<DocumentSummary> documents, List<Citation> citedBy) {

  /**
   * Copies the lists.
   *
   * @param query the number as the user typed it
   * @param number the canonical number as the index knows it, or {@code null} when nothing matched
   * @param documents files whose own number it is, by source
   * @param citedBy files citing it, by source
   */
  public NumberResult {
    Objects.requireNonNull(query, "query");
    documents = List.copyOf(documents);
    citedBy = List.copyOf(citedBy);
  }
}
