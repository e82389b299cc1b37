package io.github.vanban.core.recognize.structure;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * One unit of a document's structure: its level, its label, its title and where it stands, with the
 * units inside it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level what the unit is
 * @param label the unit's name as a reader cites it: {@code Chương II}, {@code Điều 3}, {@code
 *     Khoản 2}, {@code Điểm a}
 * @param title the heading's words after the label ({@code Phạm vi điều chỉnh}), or {@code null}
 *     when the heading has none (clauses and points never have one)
 * @param span from the heading's first character to the end of the unit's last non-blank character
 * @param children the units directly inside, in text order; empty, never null
 */
public record StructureNode(
    StructureLevel level, String label, String title, TextSpan span, List<StructureNode> children) {

  /**
   * Checks the required values and copies {@code children}.
   *
   * @param level what the unit is
   * @param label the unit's name as a reader cites it
   * @param title the heading's words after the label, or {@code null}
   * @param span from the heading's first character to the unit's last non-blank character
   * @param children the units directly inside, in text order
   */
  public StructureNode {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    children = List.copyOf(children);
  }
}
