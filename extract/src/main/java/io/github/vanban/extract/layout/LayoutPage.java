package io.github.vanban.extract.layout;

import java.util.List;

/**
 * One page as the layout sees it, whatever format it came from: its size, its positioned text lines
 * and its ruling lines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number 1-based page number
 * @param width page width in points, as a reader sees it (rotation applied)
 * @param height page height in points, as a reader sees it
 * @param lines text lines, top to bottom
 * @param rulings thin horizontal and vertical lines and bars, as boxes, for finding ruled tables
 */
public record LayoutPage(
    int number, float width, float height, List<TextLine> lines, List<Box> rulings) {

  /**
   * Copies the lists.
   *
   * @param number 1-based page number
   * @param width page width in points, as a reader sees it (rotation applied)
   * @param height page height in points, as a reader sees it
   * @param lines text lines, top to bottom
   * @param rulings thin horizontal and vertical lines and bars, as boxes
   */
  public LayoutPage {
    lines = List.copyOf(lines);
    rulings = List.copyOf(rulings);
  }

  /**
   * Returns a copy holding other lines.
   *
   * @param value the lines to hold instead, top to bottom
   * @return a page with the same number, size and rulings
   */
  public LayoutPage withLines(List<TextLine> value) {
    return new LayoutPage(number, width, height, value, rulings);
  }
}
