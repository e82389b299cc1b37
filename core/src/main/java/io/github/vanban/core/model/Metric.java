package io.github.vanban.core.model;

import java.util.Objects;

/**
 * A figure bound to a socio-economic indicator: {@code FDI đạt trên 2,8 tỷ USD} in 2024.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param text the text from the indicator's cue to the figure
 * @param span where that text stands
 * @param indicator the indicator id ({@code fdi})
 * @param label the indicator's Vietnamese label
 * @param figure the bound figure
 * @param period the date value scoping the figure ({@code 2024}, {@code 2021/2025}), or {@code
 *     null}
 * @param status target, estimate or actual
 * @param comparison the period of the base a change is measured against, or {@code null}
 * @param sentence the whole sentence the metric stands in
 */
public record Metric(
    String text,
    TextSpan span,
    String indicator,
    String label,
    Figure figure,
    DateValue period,
    MetricStatus status,
    DateValue comparison,
    String sentence)
    implements Mention {

  /**
   * Checks the required parts.
   *
   * @param text the text from the indicator's cue to the figure
   * @param span where that text stands
   * @param indicator the indicator id ({@code fdi})
   * @param label the indicator's Vietnamese label
   * @param figure the bound figure
   * @param period the date value scoping the figure ({@code 2024}, {@code 2021/2025}), or {@code
   *     null}
   * @param status target, estimate or actual
   * @param comparison the period of the base a change is measured against, or {@code null}
   * @param sentence the whole sentence the metric stands in
   */
  public Metric {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(figure, "figure");
  }
}
