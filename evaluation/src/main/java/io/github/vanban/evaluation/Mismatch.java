package io.github.vanban.evaluation;

import java.util.Objects;

/**
 * A gold item the pipeline missed, or a found item the gold does not hold, with the words that show
 * where it stands.
 *
 * @param category the list it belongs to
 * @param missed true for a miss, false for an extra
 * @param key the match key (docs/EVALUATION.md)
 * @param context the gold item's text, or the words around the found item
 */
public record Mismatch(Category category, boolean missed, String key, String context) {

  /**
   * Checks the fields.
   *
   * @param category the list it belongs to
   * @param missed true for a miss, false for an extra
   * @param key the match key (docs/EVALUATION.md)
   * @param context the gold item's text, or the words around the found item
   */
  public Mismatch {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(key, "key");
    context = context == null ? "" : context;
  }
}
