package io.github.vanban.core.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a lexicon file: its tab-separated fields, each NFC and stripped, and the number of
 * the line it stands on (1-based), for error messages.
 *
 * @param number the line's number in its file, 1-based
 * @param fields the line's fields in order; empty fields are kept
 */
public record LexiconLine(int number, List<String> fields) {

  /**
   * Validates and copies the fields.
   *
   * @param number the line's number in its file, 1-based
   * @param fields the line's fields in order; empty fields are kept
   * @throws IllegalArgumentException when {@code number} is below 1 or there are no fields
   */
  public LexiconLine {
    Objects.requireNonNull(fields, "fields");
    if (number < 1 || fields.isEmpty()) {
      throw new IllegalArgumentException(
          "line number " + number + " with " + fields.size() + " fields");
    }
    fields = List.copyOf(fields);
  }

  /**
   * Returns field {@code index}.
   *
   * @param index the 0-based column
   * @return the field's text, possibly empty
   * @throws IndexOutOfBoundsException when the line has no such column
   */
  public String field(int index) {
    return fields.get(index);
  }

  /**
   * Returns field {@code index}, or {@code fallback} when the line is shorter or the field empty.
   *
   * @param index the 0-based column
   * @param fallback the value of a missing or empty field
   * @return the field's text, or {@code fallback}
   */
  public String field(int index, String fallback) {
    return index < fields.size() && !fields.get(index).isEmpty() ? fields.get(index) : fallback;
  }

  /**
   * Returns the number of fields.
   *
   * @return how many tab-separated fields the line has, at least 1
   */
  public int size() {
    return fields.size();
  }
}
