package io.github.vanban.search.index;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.recognize.structure.StructureLevel;
import io.github.vanban.core.recognize.structure.StructureNode;
import io.github.vanban.core.recognize.structure.StructurePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The document's structure as one stored string ({@link IndexFields#OUTLINE}), so that a query can
 * say where a hit's snippet stands without analysing the file again: one line per unit in text
 * order, {@code start<TAB>end<TAB>LEVEL<TAB>label}, titles left out. Every backend stores the same
 * string.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoredOutline {

  private StoredOutline() {}

  /**
   * Returns the stored form of a structure.
   *
   * @param structure the document's top-level units with the units inside them
   * @return one line per unit, or {@code null} for a document without structure
   */
  public static String encode(List<StructureNode> structure) {
    StringBuilder out = new StringBuilder();
    append(structure, out);
    return out.length() == 0 ? null : out.toString();
  }

  private static void append(List<StructureNode> nodes, StringBuilder out) {
    for (StructureNode n : nodes) {
      out.append(n.span().start()).append('\t').append(n.span().end()).append('\t');
      out.append(n.level().name()).append('\t').append(n.label()).append('\n');
      append(n.children(), out);
    }
  }

  /**
   * Returns where a span stands in a stored structure ({@link StructurePath#of}).
   *
   * @param stored the stored form, or {@code null} for a document without structure
   * @param span a span of the document's text, or {@code null} for none
   * @return the path ({@code Điều 2, khoản 2, điểm a}), or {@code null} when there is no span or no
   *     unit holds it
   */
  public static String where(String stored, TextSpan span) {
    return stored == null || span == null
        ? null
        : StructurePath.of(decode(stored), span).orElse(null);
  }

  /** Rebuilds the tree: a unit lies inside the last unit before it whose span holds it. */
  static List<StructureNode> decode(String stored) {
    List<Unit> roots = new ArrayList<>();
    Deque<Unit> open = new ArrayDeque<>();
    for (String line : stored.split("\n")) {
      String[] f = line.split("\t", 4);
      if (f.length < 4) {
        continue;
      }
      Unit u =
          new Unit(
              StructureLevel.valueOf(f[2]),
              f[3],
              new TextSpan(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
      while (!open.isEmpty() && !open.peek().span.contains(u.span)) {
        open.pop();
      }
      (open.isEmpty() ? roots : open.peek().children).add(u);
      open.push(u);
    }
    return roots.stream().map(Unit::node).toList();
  }

  /** A unit while the tree is rebuilt. */
  private record Unit(StructureLevel level, String label, TextSpan span, List<Unit> children) {
    Unit(StructureLevel level, String label, TextSpan span) {
      this(level, label, span, new ArrayList<>());
    }

    StructureNode node() {
      return new StructureNode(
          level, label, null, span, children.stream().map(Unit::node).toList());
    }
  }
}
