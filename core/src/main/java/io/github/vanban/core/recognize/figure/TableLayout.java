package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of a table block: which leading rows are headers, what each column's header says, and
 * which column holds the units ({@code Đơn vị tính}, {@code ĐVT}).
 *
 * <p>Header rows are the leading rows (at most {@value #MAX_HEADER_ROWS}) where no cell holds a
 * number. A column's header is the text of its cells in those rows, joined by a space. Immutable
 * and thread-safe.
 */
public final class TableLayout {

  /** The most leading rows taken as headers. */
  public static final int MAX_HEADER_ROWS = 3;

  private static final List<String> UNIT_HEADERS = List.of("đơn vị tính", "đvt", "đơn vị");

  private final String text;
  private final List<List<TextSpan>> rows;
  private final int headerRows;
  private final List<String> headers;
  private final int unitColumn;

  private TableLayout(String text, List<List<TextSpan>> rows) {
    this.text = text;
    this.rows = rows;
    this.headerRows = countHeaderRows(text, rows);
    this.headers = joinHeaders(text, rows, headerRows);
    this.unitColumn = findUnitColumn(headers);
  }

  /** A piece of a table broken off the one before it: all rows are data, the headers are its. */
  private TableLayout(String text, List<List<TextSpan>> rows, TableLayout continued) {
    this.text = text;
    this.rows = rows;
    this.headerRows = 0;
    this.headers = continued.headers;
    this.unitColumn = continued.unitColumn;
  }

  /**
   * Reads the layout of a table block.
   *
   * @param text the document text the block's spans point into
   * @param table a TABLE block
   * @return the layout: header rows, their text per column and the unit column
   * @throws IllegalArgumentException when {@code table} is not a TABLE block
   */
  public static TableLayout of(String text, Block table) {
    Objects.requireNonNull(text, "text");
    if (table.type() != BlockType.TABLE) {
      throw new IllegalArgumentException("block " + table.span() + " is a " + table.type());
    }
    return new TableLayout(text, table.rows());
  }

  /**
   * Reads the layouts of the TABLE blocks of a document, in order. A table that a page break or a
   * line the layout could not align broke into pieces goes on under its headers: a piece with as
   * many columns as the table before it, whose own leading rows are no headers (they hold numbers,
   * or fill at most half of the columns, as a section row such as {@code B | CÁC KHOẢN THU} does),
   * takes that table's column headers and unit column, and all its rows are data.
   *
   * @param text the document text the blocks' spans point into
   * @param blocks the document's blocks in text order; blocks other than tables are skipped
   * @return each non-empty TABLE block with its layout, in text order
   */
  public static Map<Block, TableLayout> ofTables(String text, List<Block> blocks) {
    Map<Block, TableLayout> out = new LinkedHashMap<>();
    TableLayout previous = null;
    for (Block b : blocks) {
      if (b.type() != BlockType.TABLE || b.rows().isEmpty()) {
        continue;
      }
      TableLayout own = of(text, b);
      TableLayout layout =
          previous != null && own.continues(previous)
              ? new TableLayout(text, b.rows(), previous)
              : own;
      out.put(b, layout);
      previous = layout;
    }
    return out;
  }

  /** Whether this table, read on its own, is a piece of {@code previous} broken off it. */
  private boolean continues(TableLayout previous) {
    if (previous.headers.isEmpty() || columns() != previous.columns()) {
      return false;
    }
    for (int r = 0; r < headerRows; r++) {
      long filled = rows.get(r).stream().filter(c -> !c.of(text).isBlank()).count();
      if (2 * filled > columns()) {
        return false;
      }
    }
    return true;
  }

  private int columns() {
    return rows.stream().mapToInt(List::size).max().orElse(0);
  }

  /**
   * Returns the number of header rows.
   *
   * @return the count of rows at the top that hold column headers, {@code >= 0}
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * Returns the rows after the headers, each a list of cell spans.
   *
   * @return the data rows, unmodifiable
   */
  public List<List<TextSpan>> dataRows() {
    return rows.subList(headerRows, rows.size());
  }

  /**
   * Returns the header text of column {@code column}, empty when it has none.
   *
   * @param column the 0-based column index
   * @return the header cells' text of that column, joined, or {@code ""}
   */
  public String header(int column) {
    return column < headers.size() ? headers.get(column) : "";
  }

  /**
   * Returns the spans of the header cells of column {@code column}.
   *
   * @param column the 0-based column index
   * @return the header cells' spans from top to bottom, empty when the column has none
   */
  public List<TextSpan> headerSpans(int column) {
    List<TextSpan> out = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      if (column < rows.get(r).size()) {
        out.add(rows.get(r).get(column));
      }
    }
    return out;
  }

  /**
   * Returns the index of the unit column, or -1.
   *
   * @return the 0-based index of the column that names each row's unit, or {@code -1} when none
   *     does
   */
  public int unitColumn() {
    return unitColumn;
  }

  /**
   * Returns whether the unit column is named {@code Đơn vị tính} or {@code ĐVT}, not a bare name.
   */
  boolean unitColumnExplicit() {
    return unitColumn >= 0 && !header(unitColumn).strip().equalsIgnoreCase("đơn vị");
  }

  /**
   * Returns the trimmed text of a cell.
   *
   * @param cell a cell span of this table
   * @return the cell's text without leading and trailing white space
   */
  public String cellText(TextSpan cell) {
    return cell.of(text).strip();
  }

  private static int countHeaderRows(String text, List<List<TextSpan>> rows) {
    int r = 0;
    while (r < rows.size() && r < MAX_HEADER_ROWS && !hasNumber(text, rows.get(r))) {
      r++;
    }
    return r == rows.size() ? Math.min(1, r) : r;
  }

  private static boolean hasNumber(String text, List<TextSpan> row) {
    for (TextSpan cell : row) {
      String c = cell.of(text).strip();
      if (!c.isEmpty() && VietnameseNumber.isDigit(c, 0) && !c.endsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> joinHeaders(String text, List<List<TextSpan>> rows, int headerRows) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      List<TextSpan> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c).of(text).strip();
        if (c >= out.size()) {
          out.add(cell);
        } else if (!cell.isEmpty()) {
          out.set(c, (out.get(c) + " " + cell).strip());
        }
      }
    }
    return List.copyOf(out);
  }

  private static int findUnitColumn(List<String> headers) {
    for (int c = 0; c < headers.size(); c++) {
      String h = headers.get(c).toLowerCase(Locale.ROOT);
      for (String u : UNIT_HEADERS) {
        if (h.equals(u) || h.endsWith(" " + u) || h.startsWith(u + " ")) {
          return c;
        }
      }
    }
    return -1;
  }
}
