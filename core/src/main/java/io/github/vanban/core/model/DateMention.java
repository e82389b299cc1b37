package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A date, month, quarter, half year, year or period written in a text, with its typed value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the date as written
 * @param span where it stands
 * @param date the value it names, with the days it covers
 */
public record DateMention(String text, TextSpan span, DateValue date) implements Mention {

  /**
   * Checks every part is present.
   *
   * @param text the date as written
   * @param span where it stands
   * @param date the value it names, with the days it covers
   */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Returns the canonical text of the value (EXTRACTION.md section 2).
   *
   * @return {@code 2024-07-10}, {@code 2024-Q4}, {@code 2021/2025}: {@link DateValue#text()} of
   *     {@link #date()}
   */
  public String value() {
    return date.text();
  }

  /**
   * Returns how precise the value is.
   *
   * @return {@link DateValue#granularity()} of {@link #date()}
   */
  public Granularity granularity() {
    return date.granularity();
  }
}
