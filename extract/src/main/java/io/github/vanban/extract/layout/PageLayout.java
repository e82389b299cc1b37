package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one page's lines as items in reading order: ruled tables first take their lines, then
 * footnotes are split off the bottom, then two-column regions are put column by column; tables go
 * where they stand on the page and footnotes at its end.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageLayout {

  private PageLayout() {}

  /**
   * Returns the items of a page.
   *
   * @param page the page, its furniture removed
   * @param bodySize the document's body font size
   * @param firstColumn the first free column number for {@link LayoutItem.Cell}s
   * @return the page's items in reading order, its footnotes last
   */
  public static List<LayoutItem> items(LayoutPage page, float bodySize, int firstColumn) {
    List<TextLine> lines = page.lines();
    List<LayoutItem.Table> tables = new ArrayList<>();
    List<Float> tableTops = new ArrayList<>();
    for (RulingGrid grid : RuledTableFinder.find(page.rulings())) {
      TableFiller.Filled filled = TableFiller.fill(grid, lines);
      if (filled.outside().size() < lines.size()) {
        tables.add(new LayoutItem.Table(page.number(), filled.rows()));
        tableTops.add(grid.box().top());
        lines = filled.outside();
      }
    }
    FootnoteFinder.Split split = FootnoteFinder.split(lines, bodySize);
    List<LayoutItem> arranged = ColumnRegions.arrange(split.body(), firstColumn);
    List<LayoutItem> items = new ArrayList<>();
    int next = 0;
    for (LayoutItem item : arranged) {
      while (next < tables.size() && tableTops.get(next) < baseline(item)) {
        items.add(tables.get(next++));
      }
      items.add(item);
    }
    items.addAll(tables.subList(next, tables.size()));
    for (String note : split.footnotes()) {
      items.add(new LayoutItem.Footnote(page.number(), note));
    }
    return items;
  }

  private static float baseline(LayoutItem item) {
    if (item instanceof LayoutItem.Flow f) {
      return f.line().baseline();
    }
    if (item instanceof LayoutItem.Cell c) {
      return c.line().baseline();
    }
    return Float.MAX_VALUE;
  }
}
