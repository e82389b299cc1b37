package io.github.vanban.core.pipeline;

import java.util.Objects;

/**
 * One value a layer gives the search index of its document, under a field of its own: stored as
 * written and searched as words with the diacritics folded ({@code section:"dieu 5"} finds {@code
 * Điều 5. Phạm vi điều chỉnh}). A layer gives as many as it has values; the search module decides
 * how a field is written in each backend.
 *
 * @param name the field name ({@code sections}), the same for every value of the layer
 * @param value the value as a reader would quote it
 */
public record IndexField(String name, String value) {

  /**
   * Checks both parts are present.
   *
   * @param name the field name
   * @param value the value as a reader would quote it
   */
  public IndexField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
