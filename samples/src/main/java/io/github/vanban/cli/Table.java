package io.github.vanban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row and left-aligned columns two spaces apart, each cell cut with
 * {@code …} to its column's limit.
 *
 * <p>Not thread-safe: build, then print once.
 */
final class Table {

  private final List<String> header;
  private final int[] limits;
  private final List<List<String>> rows = new ArrayList<>();

  /** Creates a table with {@code header}; {@code limits} caps each column's width. */
  Table(List<String> header, int... limits) {
    if (header.size() != limits.length) {
      throw new IllegalArgumentException(
          header.size() + " columns but " + limits.length + " width limits");
    }
    this.header = List.copyOf(header);
    this.limits = limits.clone();
  }

  /** Adds a row; a null cell prints as {@code -}. */
  Table row(String... cells) {
    if (cells.length != limits.length) {
      throw new IllegalArgumentException(cells.length + " cells for " + limits.length + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (int i = 0; i < cells.length; i++) {
      row.add(cut(cells[i] == null ? "-" : cells[i].replaceAll("\\s+", " "), limits[i]));
    }
    rows.add(row);
    return this;
  }

  /** Prints the header and the rows, each line indented by {@code indent}. */
  void print(PrintWriter out, String indent) {
    int[] widths = new int[limits.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, indent, header, widths);
    rows.forEach(r -> printRow(out, indent, r, widths));
  }

  private static void printRow(PrintWriter out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private static String cut(String s, int limit) {
    return s.length() <= limit ? s : s.substring(0, Math.max(0, limit - 1)) + "…";
  }
}
