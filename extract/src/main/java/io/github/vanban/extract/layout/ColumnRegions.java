package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the two-column blocks of a page in reading order: the header of an official document (issuer
 * and number on the left, national motto, place and date on the right) and the signature block
 * (recipients on the left, title and signer on the right) come out column by column.
 *
 * <p>A region starts at a line cut into two chunks by a wide gap and grows up and down over lines
 * close below or above that leave a common gutter free. All other lines stay running text.
 * Stateless and thread-safe.
 */
public final class ColumnRegions {

  /** The narrowest gutter, as a share of the font size. */
  public static final float MIN_GUTTER = 0.8f;

  /** Lines further apart than this many font sizes (baseline to baseline) are not one region. */
  public static final float MAX_PITCH = 2.8f;

  private ColumnRegions() {}

  /** The free band between the columns. */
  private record Gutter(float left, float right) {

    /** Returns the gutter narrowed to let {@code line} in, or null when the line crosses it. */
    Gutter admit(TextLine line) {
      if (line.chunks().size() > 2) {
        return null;
      }
      float l = left;
      float r = right;
      for (Chunk c : line.chunks()) {
        if (c.centre() < (left + right) / 2) {
          l = Math.max(l, c.right());
        } else {
          r = Math.min(r, c.left());
        }
      }
      return r - l >= MIN_GUTTER * line.size() ? new Gutter(l, r) : null;
    }

    boolean isLeft(Chunk c) {
      return c.centre() < (left + right) / 2;
    }
  }

  /**
   * Returns the page's lines as layout items in reading order: running-text lines as {@link
   * LayoutItem.Flow}, the lines of each two-column region left column first as {@link
   * LayoutItem.Cell}s.
   *
   * @param lines the page's lines, top to bottom
   * @param firstColumn the number of the first region's left column; each region takes two
   * @return the items, in reading order
   */
  public static List<LayoutItem> arrange(List<TextLine> lines, int firstColumn) {
    List<LayoutItem> items = new ArrayList<>();
    int column = firstColumn;
    int i = 0;
    while (i < lines.size()) {
      int[] region = regionAt(lines, i);
      if (region == null) {
        items.add(new LayoutItem.Flow(lines.get(i)));
        i++;
        continue;
      }
      List<TextLine> members = lines.subList(region[0], region[1]);
      Gutter gutter = gutterOf(members);
      emitSide(members, gutter, true, column, items);
      emitSide(members, gutter, false, column + 1, items);
      column += 2;
      i = region[1];
    }
    return items;
  }

  /** Returns [from, to) of the region whose first line is {@code i}, or null. */
  private static int[] regionAt(List<TextLine> lines, int i) {
    for (int seed = i; seed < lines.size() && seed <= i + 3; seed++) {
      if (lines.get(seed).chunks().size() != 2) {
        continue;
      }
      int[] region = grow(lines, seed, i);
      if (region != null && region[0] == i) {
        return region;
      }
    }
    return null;
  }

  private static int[] grow(List<TextLine> lines, int seed, int floor) {
    List<Chunk> seedChunks = lines.get(seed).chunks();
    Gutter gutter = new Gutter(seedChunks.get(0).right(), seedChunks.get(1).left());
    int from = seed;
    while (from > floor) {
      Gutter g =
          close(lines.get(from - 1), lines.get(from)) ? gutter.admit(lines.get(from - 1)) : null;
      if (g == null) {
        break;
      }
      gutter = g;
      from--;
    }
    int to = seed + 1;
    while (to < lines.size()) {
      Gutter g = close(lines.get(to - 1), lines.get(to)) ? gutter.admit(lines.get(to)) : null;
      if (g == null) {
        break;
      }
      gutter = g;
      to++;
    }
    int twoSided = 0;
    for (TextLine line : lines.subList(from, to)) {
      if (line.chunks().size() == 2) {
        twoSided++;
      }
    }
    return twoSided >= 1 ? new int[] {from, to} : null;
  }

  private static boolean close(TextLine upper, TextLine lower) {
    float pitch = lower.baseline() - upper.baseline();
    return pitch >= 0 && pitch <= MAX_PITCH * Math.max(upper.size(), lower.size());
  }

  private static Gutter gutterOf(List<TextLine> members) {
    TextLine seed = members.stream().filter(l -> l.chunks().size() == 2).findFirst().orElseThrow();
    Gutter gutter = new Gutter(seed.chunks().get(0).right(), seed.chunks().get(1).left());
    for (TextLine line : members) {
      Gutter g = gutter.admit(line);
      gutter = g == null ? gutter : g;
    }
    return gutter;
  }

  private static void emitSide(
      List<TextLine> members, Gutter gutter, boolean left, int column, List<LayoutItem> items) {
    for (TextLine line : members) {
      List<Chunk> side = line.chunks().stream().filter(c -> gutter.isLeft(c) == left).toList();
      if (!side.isEmpty()) {
        items.add(new LayoutItem.Cell(line.withChunks(side), column));
      }
    }
  }
}
