package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds ruled tables among a page's rulings: horizontal and vertical rules that touch form one
 * table; it counts when its rules make at least two cells.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuledTableFinder {

  /** Rules closer than this, in points, touch or are the same rule. */
  static final float TOUCH = 3f;

  /** Pages with more rules than this are drawings, not tables; they are not searched. */
  static final int MAX_RULES = 3000;

  private RuledTableFinder() {}

  /**
   * Returns the ruled tables of a page, top to bottom.
   *
   * @param rulings the page's rules (thin filled rectangles and stroked lines) as boxes
   * @return the tables' grids, top to bottom; none on a page with more than {@code MAX_RULES} rules
   */
  public static List<RulingGrid> find(List<Box> rulings) {
    if (rulings.size() > MAX_RULES) {
      return List.of();
    }
    List<Box> rules = new ArrayList<>(rulings);
    int[] parent = new int[rules.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        if (touch(rules.get(i), rules.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Box>> groups = new TreeMap<>();
    for (int i = 0; i < rules.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rules.get(i));
    }
    List<RulingGrid> grids = new ArrayList<>();
    for (List<Box> group : groups.values()) {
      RulingGrid grid = grid(group);
      if (grid != null) {
        grids.add(grid);
      }
    }
    grids.sort((a, b) -> Float.compare(a.box().top(), b.box().top()));
    return grids;
  }

  private static RulingGrid grid(List<Box> group) {
    List<Box> horizontal = group.stream().filter(RuledTableFinder::isHorizontal).toList();
    List<Box> vertical = group.stream().filter(b -> !isHorizontal(b)).toList();
    List<Float> ys = cluster(horizontal.stream().map(b -> mid(b.top(), b.bottom())).toList());
    if (ys.size() < 2 || vertical.size() < 2) {
      return null;
    }
    List<List<Float>> columns = new ArrayList<>();
    int cells = 0;
    for (int r = 0; r + 1 < ys.size(); r++) {
      float y = mid(ys.get(r), ys.get(r + 1));
      List<Float> xs =
          cluster(
              vertical.stream()
                  .filter(v -> v.top() - TOUCH <= y && v.bottom() + TOUCH >= y)
                  .map(v -> mid(v.left(), v.right()))
                  .toList());
      if (xs.size() < 2) {
        return null;
      }
      columns.add(xs);
      cells += xs.size() - 1;
    }
    if (cells < 2) {
      return null;
    }
    float left = (float) group.stream().mapToDouble(Box::left).min().orElse(0);
    float right = (float) group.stream().mapToDouble(Box::right).max().orElse(0);
    return new RulingGrid(new Box(left, ys.get(0), right, ys.get(ys.size() - 1)), ys, columns);
  }

  private static boolean touch(Box a, Box b) {
    return a.left() - TOUCH <= b.right()
        && b.left() - TOUCH <= a.right()
        && a.top() - TOUCH <= b.bottom()
        && b.top() - TOUCH <= a.bottom();
  }

  private static boolean isHorizontal(Box b) {
    return b.width() >= b.height();
  }

  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > TOUCH) {
        out.add(v);
      }
    }
    return out;
  }

  private static float mid(float a, float b) {
    return (a + b) / 2;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
