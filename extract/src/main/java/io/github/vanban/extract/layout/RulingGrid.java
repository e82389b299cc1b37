package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of one ruled table: the y of its horizontal rules and, for each row band, the x of the
 * vertical rules that cross it (so a row with merged cells has fewer columns).
 *
 * <p>Immutable and thread-safe.
 *
 * @param box the table's outline
 * @param rows y of each horizontal rule, top to bottom, at least two
 * @param columns for each row band (between two consecutive rules), x of the vertical rules that
 *     cross it, left to right, at least two each
 */
public record RulingGrid(Box box, List<Float> rows, List<List<Float>> columns) {

  /**
   * Copies the lists and checks there is one column list per row band.
   *
   * @param box the table's outline
   * @param rows y of each horizontal rule, top to bottom, at least two
   * @param columns for each row band, x of the vertical rules that cross it, left to right
   * @throws IllegalArgumentException when there are fewer than two rules or the column lists do not
   *     match the row bands
   */
  public RulingGrid {
    rows = List.copyOf(rows);
    columns = columns.stream().map(List::copyOf).toList();
    if (rows.size() < 2 || columns.size() != rows.size() - 1) {
      throw new IllegalArgumentException(
          "a grid needs n >= 2 rules and n-1 column lists: " + rows.size() + ", " + columns.size());
    }
  }

  /**
   * Returns the row band holding a height on the page.
   *
   * @param y the distance from the top of the page
   * @return the 0-based row band, or -1 outside the table
   */
  public int rowAt(float y) {
    for (int r = 0; r + 1 < rows.size(); r++) {
      if (y >= rows.get(r) && y < rows.get(r + 1)) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Returns the cell of a row band holding a horizontal position, clamped to the first or last.
   *
   * @param row the 0-based row band
   * @param x the distance from the left of the page
   * @return the 0-based cell of that row band
   */
  public int columnAt(int row, float x) {
    List<Float> xs = columns.get(row);
    for (int c = 0; c + 1 < xs.size(); c++) {
      if (x < xs.get(c + 1)) {
        return c;
      }
    }
    return xs.size() - 2;
  }

  /**
   * Returns an empty cell list per row band, sized to that band's columns.
   *
   * @return new, mutable buffers, one per cell, row by row
   */
  public List<List<StringBuilder>> emptyCells() {
    List<List<StringBuilder>> cells = new ArrayList<>();
    for (List<Float> xs : columns) {
      List<StringBuilder> row = new ArrayList<>();
      for (int c = 0; c + 1 < xs.size(); c++) {
        row.add(new StringBuilder());
      }
      cells.add(row);
    }
    return cells;
  }
}
