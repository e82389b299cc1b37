package io.github.vanban.core.recognize.structure;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says where a span of a document stands in its structure, as a Vietnamese reader cites it: {@code
 * Điều 3, khoản 2, điểm a} inside an article, or the labels of the parts, chapters and sections
 * ({@code Phần I, Mục 2}) in a text without articles. What a metric row and a search hit carry as
 * {@code where}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StructurePath {

  private StructurePath() {}

  /**
   * Returns where {@code span} stands: the labels of the deepest units holding all of it, widest
   * first. Inside an article the path starts at the article (articles are numbered through the
   * whole document, so the chapter adds nothing) and names clauses and points in small letters
   * ({@code Điều 3, khoản 2, điểm a}); outside articles it names every part, chapter and section
   * holding the span ({@code Chương II, Mục 1}).
   *
   * @param structure the document's top-level units ({@link StructureLayer#STRUCTURE})
   * @param span a span of the same text
   * @return the path, or empty when no unit holds the span
   */
  public static Optional<String> of(List<StructureNode> structure, TextSpan span) {
    List<StructureNode> holding = holding(structure, span);
    int first = 0;
    for (int i = 0; i < holding.size(); i++) {
      if (holding.get(i).level() == StructureLevel.ARTICLE) {
        first = i;
      }
    }
    StringBuilder out = new StringBuilder();
    for (StructureNode n : holding.subList(first, holding.size())) {
      out.append(out.length() == 0 ? "" : ", ").append(cited(n));
    }
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  /** Returns the units holding {@code span}, from the top-level one down to the deepest. */
  private static List<StructureNode> holding(List<StructureNode> structure, TextSpan span) {
    List<StructureNode> out = new ArrayList<>();
    List<StructureNode> level = structure;
    boolean deeper = true;
    while (deeper) {
      deeper = false;
      for (StructureNode n : level) {
        if (n.span().contains(span)) {
          out.add(n);
          level = n.children();
          deeper = true;
          break;
        }
      }
    }
    return out;
  }

  /** Returns a unit's label as it stands in a path: clauses and points in small letters. */
  private static String cited(StructureNode n) {
    String label = n.label();
    if (n.level() == StructureLevel.CLAUSE || n.level() == StructureLevel.POINT) {
      return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
    return label;
  }
}
