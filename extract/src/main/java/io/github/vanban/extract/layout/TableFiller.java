package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the text lines that lie inside a ruled table into its cells: every glyph goes to the cell
 * under its centre, each cell's lines are joined by spaces.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableFiller {

  private TableFiller() {}

  /**
   * A filled table and the lines that remain outside it.
   *
   * @param rows cell texts, row by row
   * @param outside the page's lines that are not in the table
   */
  public record Filled(List<List<String>> rows, List<TextLine> outside) {}

  /**
   * Fills the grid with those of {@code lines} whose baseline lies inside it.
   *
   * @param grid the table's grid
   * @param lines the page's lines, top to bottom
   * @return the cell texts and the lines outside the table
   */
  public static Filled fill(RulingGrid grid, List<TextLine> lines) {
    List<List<StringBuilder>> cells = grid.emptyCells();
    List<TextLine> outside = new ArrayList<>();
    for (TextLine line : lines) {
      int row = grid.rowAt(line.baseline() - line.size() * 0.3f);
      boolean across = line.right() > grid.box().left() && line.left() < grid.box().right();
      if (row < 0 || !across) {
        outside.add(line);
        continue;
      }
      Map<Integer, List<Glyph>> byCell = new LinkedHashMap<>();
      for (Chunk chunk : line.chunks()) {
        for (Glyph g : chunk.glyphs()) {
          byCell
              .computeIfAbsent(grid.columnAt(row, g.x() + g.width() / 2), k -> new ArrayList<>())
              .add(g);
        }
      }
      for (Map.Entry<Integer, List<Glyph>> e : byCell.entrySet()) {
        StringBuilder cell = cells.get(row).get(e.getKey());
        String text = ChunkAssembler.assemble(e.getValue()).text();
        if (!text.isBlank()) {
          cell.append(cell.length() > 0 ? " " : "").append(text);
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<StringBuilder> row : cells) {
      rows.add(row.stream().map(StringBuilder::toString).toList());
    }
    return new Filled(rows, outside);
  }
}
