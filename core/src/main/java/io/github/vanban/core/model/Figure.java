package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A number with what it measures: {@code trên 2,8 tỷ USD} is MONEY 2.8E9 USD, MORE_THAN.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param text the figure as written, qualifier included
 * @param span where it stands
 * @param kind what it measures
 * @param value the value, scale words applied; the low end of a range
 * @param max the high end of a range, or {@code null}
 * @param unit {@code %}, {@code VND}, {@code USD}, {@code lần} or the unit as written, lower case
 * @param per the denominator of a rate ({@code năm} in {@code 23%/năm}), or {@code null}
 * @param qualifier how the text bounds the value, or {@code null} when it states it
 * @param numerator for a RATIO, the number before the slash, else {@code null}
 * @param denominator for a RATIO, the number after the slash, else {@code null}
 */
public record Figure(
    String text,
    TextSpan span,
    FigureKind kind,
    double value,
    Double max,
    String unit,
    String per,
    Qualifier qualifier,
    Double numerator,
    Double denominator)
    implements Mention {

  /**
   * Checks the required parts.
   *
   * @param text the figure as written, qualifier included
   * @param span where it stands
   * @param kind what it measures
   * @param value the value, scale words applied; the low end of a range
   * @param max the high end of a range, or {@code null}
   * @param unit {@code %}, {@code VND}, {@code USD}, {@code lần} or the unit as written, lower case
   * @param per the denominator of a rate ({@code năm} in {@code 23%/năm}), or {@code null}
   * @param qualifier how the text bounds the value, or {@code null} when it states it
   * @param numerator for a RATIO, the number before the slash, else {@code null}
   * @param denominator for a RATIO, the number after the slash, else {@code null}
   */
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Returns this figure written as {@code value} at {@code where}, its value and unit unchanged.
   *
   * @param value the text of the new mention, as written there
   * @param where where the new mention stands
   * @return a new figure with the same kind, value, unit, qualifier and ratio parts
   */
  public Figure at(String value, TextSpan where) {
    return new Figure(
        value, where, kind, this.value, max, unit, per, qualifier, numerator, denominator);
  }
}
