package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A date, month, quarter, half year, year or period written in a text, with its ISO-like value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the date as written
 * @param span where it stands
 * @param value canonical value (EXTRACTION.md section 2): {@code 2024-07-10}, {@code 2024-Q4},
 *     {@code 2021/2025}
 * @param granularity how precise the value is
 */
public record DateMention(String text, TextSpan span, String value, Granularity granularity)
    implements Mention {

  /**
   * Checks every part is present.
   *
   * @param text the date as written
   * @param span where it stands
   * @param value canonical value (EXTRACTION.md section 2): {@code 2024-07-10}, {@code 2024-Q4},
   *     {@code 2021/2025}
   * @param granularity how precise the value is
   */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
  }
}
