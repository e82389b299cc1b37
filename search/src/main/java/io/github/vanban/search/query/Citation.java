package io.github.vanban.search.query;

import io.github.vanban.core.model.Relation;
import java.util.Objects;

/**
 * A file citing a document number: the first citation that says how it relates (based on, amends,
 * replaces...), else its first mention.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the citing file's path relative to the indexed root
 * @param number the citing file's own number, or {@code null}
 * @param relation how the citing file relates to the cited one
 * @param mention the cited number as the citing file writes it
 * @param snippet the sentence of the citation, plain text, cut to about 300 characters
 * @param mentions how many times the file cites the number
 */
public record Citation(
    String source, String number, Relation relation, String mention, String snippet, int mentions) {

  /**
   * Checks the required parts.
   *
   * @param source the citing file's path relative to the indexed root
   * @param number the citing file's own number, or {@code null}
   * @param relation how the citing file relates to the cited one
   * @param mention the cited number as the citing file writes it
   * @param snippet the sentence of the citation, plain text, cut to about 300 characters
   * @param mentions how many times the file cites the number
   */
  public Citation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(snippet, "snippet");
  }
}
