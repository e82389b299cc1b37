package io.github.vanban.search.query;

import java.util.Objects;

/**
 * One ranked document.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param source the file's path relative to the indexed root
 * @param score the relevance score, higher is better
 * @param title the document's title
 * @param number its own number
 * @param type its type abbreviation
 * @param issued its ISO issue date
 * @param snippet an excerpt of its text, HTML-escaped, with the matches in {@code <b>...</b>}
 */
public record SearchHit(
    String source,
    float score,
    String title,
    String number,
    String type,
    String issued,
    String snippet) {

  /**
   * Checks the source and snippet are present.
   *
   * @param source the file's path relative to the indexed root
   * @param score the relevance score, higher is better
   * @param title the document's title
   * @param number its own number
   * @param type its type abbreviation
   * @param issued its ISO issue date
   * @param snippet an excerpt of its text, HTML-escaped, with the matches in {@code <b>...</b>}
   */
  public SearchHit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(snippet, "snippet");
  }
}
