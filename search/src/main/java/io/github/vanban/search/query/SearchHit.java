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
 * @param where where the snippet's matches stand in the document's structure ({@code Điều 2, khoản
 *     2}); {@code null} when no unit holds them or nothing matched
 */
public record SearchHit(
    String source,
    float score,
    String title,
    String number,
    String type,
    String issued,
    String snippet,
    String where) {

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
   * @param where where the snippet's matches stand in the document's structure, or {@code null}
   */
  public SearchHit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(snippet, "snippet");
  }
}
