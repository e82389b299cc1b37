package io.github.vanban.search.query;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import java.util.Objects;

/**
 * One metric mention found in the index.
 *
 * <p>Immutable and thread-safe. Absent values are {@code null}.
 *
 * @param indicator the indicator id
 * @param label the indicator's Vietnamese label
 * @param kind what the figure measures
 * @param value the value; the low end of a range
 * @param max the high end of a range
 * @param unit the unit ({@code USD}, {@code %}...)
 * @param qualifier how the text bounds the value
 * @param period the period the value is for ({@code 2024}, {@code 2021/2025})
 * @param status target, estimate or actual
 * @param comparison the period a change is measured against
 * @param source the file's id: its path relative to the indexed folder ({@link
 *     io.github.vanban.search.index.RootFolders})
 * @param number the file's own number
 * @param sentence the sentence the mention stands in
 * @param start where the mention starts in the file's text
 * @param end where it ends, exclusive
 * @param text the mention's text, from the indicator's cue to the figure, as it stands in the
 *     sentence; {@code null} when the backend does not return it
 * @param where where the mention stands in the file's structure, as a reader cites it ({@code Điều
 *     2, khoản 2, điểm a}, {@code Chương II, Mục 1}); {@code null} when no unit holds it
 */
public record MetricRow(
    String indicator,
    String label,
    FigureKind kind,
    double value,
    Double max,
    String unit,
    Qualifier qualifier,
    String period,
    MetricStatus status,
    String comparison,
    String source,
    String number,
    String sentence,
    int start,
    int end,
    String text,
    String where) {

  /**
   * Checks the required parts.
   *
   * @param indicator the indicator id
   * @param label the indicator's Vietnamese label
   * @param kind what the figure measures
   * @param value the value; the low end of a range
   * @param max the high end of a range
   * @param unit the unit ({@code USD}, {@code %}...)
   * @param qualifier how the text bounds the value
   * @param period the period the value is for ({@code 2024}, {@code 2021/2025})
   * @param status target, estimate or actual
   * @param comparison the period a change is measured against
   * @param source the file's path relative to the indexed root
   * @param number the file's own number
   * @param sentence the sentence the mention stands in
   * @param start where the mention starts in the file's text
   * @param end where it ends, exclusive
   * @param text the mention's text as it stands in the sentence; {@code null} when the backend does
   *     not return it
   * @param where where the mention stands in the file's structure ({@code Điều 2, khoản 2}); {@code
   *     null} when no unit holds it
   */
  public MetricRow {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
  }
}
