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
 * @param where where the metric stands in the document's structure, as a reader cites it ({@code
 *     Điều 2, khoản 2, điểm a}, {@code Chương II, Mục 1}), or {@code null} when no unit holds it or
 *     the structure is not known
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
    String sentence,
    String where)
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
   * @param where where the metric stands in the document's structure, or {@code null}
   */
  public Metric {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(figure, "figure");
  }

  /**
   * Returns this metric standing at {@code where} in its document's structure.
   *
   * @param where the structure path ({@code Điều 2, khoản 2}), or {@code null} for none
   * @return a metric equal to this one but for {@code where}
   */
  public Metric at(String where) {
    return new Metric(
        text, span, indicator, label, figure, period, status, comparison, sentence, where);
  }
}
