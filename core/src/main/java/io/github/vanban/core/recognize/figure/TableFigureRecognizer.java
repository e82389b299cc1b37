package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Finds the figures of a table (EXTRACTION.md, Tables): a number in a cell is a figure when its
 * unit stands in the cell itself, in its row's unit column ({@code Đơn vị tính}: {@code %}, {@code
 * tỷ đồng}) or in its column header ({@code Tỷ lệ (%)}, {@code (tỷ đồng)}); scale words in that
 * unit multiply. Serial numbers, ranks, point scores and counts without a unit stay out. A figure
 * alone in its cell takes the cell's text and span.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableFigureRecognizer {

  private static final List<String> SERIAL_HEADERS =
      List.of("stt", "tt", "số tt", "thứ tự", "thứ hạng", "xếp hạng", "hạng", "xếp loại", "mã số");

  private final UnitLexicon units;
  private final FigureRecognizer cells;

  /** Creates a recogniser with the {@linkplain UnitLexicon#bundled() bundled} units. */
  public TableFigureRecognizer() {
    this(UnitLexicon.bundled());
  }

  /**
   * Creates a recogniser with the given units.
   *
   * @param units the unit lexicon, also read in unit columns and header cells
   */
  public TableFigureRecognizer(UnitLexicon units) {
    this.units = Objects.requireNonNull(units, "units");
    this.cells = new FigureRecognizer(units);
  }

  /**
   * Returns the figures of the cells of {@code table}, row by row.
   *
   * @param text the document text the block's spans point into
   * @param table a TABLE block
   * @return the figures, each with its span inside a cell, empty when the table holds none
   * @throws IllegalArgumentException when {@code table} is not a TABLE block
   */
  public List<Figure> recognize(String text, Block table) {
    return recognize(text, TableLayout.of(text, table));
  }

  /**
   * Returns the figures of the cells of a table read with {@code layout} (one of {@link
   * TableLayout#ofTables}, where a piece of a table broken off the one before it has its headers).
   *
   * @param text the document text the table's spans point into
   * @param layout the table's layout
   * @return the figures, each with its span inside a cell, empty when the table holds none
   */
  public List<Figure> recognize(String text, TableLayout layout) {
    List<Figure> out = new ArrayList<>();
    for (List<TextSpan> row : layout.dataRows()) {
      UnitPhrase rowUnit = rowUnit(layout, row);
      for (int c = 0; c < row.size(); c++) {
        if (c != layout.unitColumn() && !serialColumn(layout, c)) {
          out.addAll(cell(text, row.get(c), rowUnit, layout.header(c)));
        }
      }
    }
    return out;
  }

  private UnitPhrase rowUnit(TableLayout layout, List<TextSpan> row) {
    int u = layout.unitColumn();
    if (u < 0 || u >= row.size()) {
      return null;
    }
    return UnitPhrase.parseCell(layout.cellText(row.get(u)), units, layout.unitColumnExplicit());
  }

  private static boolean serialColumn(TableLayout layout, int column) {
    return SERIAL_HEADERS.contains(layout.header(column).toLowerCase(Locale.ROOT).strip());
  }

  private List<Figure> cell(String text, TextSpan cell, UnitPhrase rowUnit, String header) {
    TextSpan span = trimmed(text, cell);
    String content = span.of(text);
    if (content.isEmpty() || content.chars().noneMatch(Character::isDigit)) {
      return List.of();
    }
    List<Figure> inCell = shift(cells.recognize(content), span.start());
    if (inCell.size() == 1) {
      return List.of(inCell.get(0).at(content, span));
    }
    if (!inCell.isEmpty()) {
      return inCell;
    }
    // A column header that states its unit ("So với KH (%)") speaks for every cell below it,
    // whatever the row's unit column says of the row's other cells.
    UnitPhrase headerUnit = UnitPhrase.ofHeader(header, units);
    UnitPhrase unit = headerUnit != null ? headerUnit : rowUnit;
    Figure bare = unit == null ? null : bare(content, span, unit);
    return bare == null ? List.of() : List.of(bare);
  }

  /** A cell holding only a number, a range or a qualified number, with the unit from elsewhere. */
  private static Figure bare(String content, TextSpan span, UnitPhrase unit) {
    Qualifiers.Found q = Qualifiers.before(content, firstDigit(content));
    String number = content.substring(q == null ? 0 : firstDigit(content));
    if (q != null && q.start() != 0) {
      return null;
    }
    double[] range = range(number);
    if (range == null) {
      return null;
    }
    double m = unit.multiplier();
    Double max = range.length > 1 ? range[1] * m : null;
    return new Figure(
        content,
        span,
        kindOf(unit.unit().kind()),
        range[0] * m,
        max,
        unit.unit().canonical(),
        unit.per(),
        q == null ? null : q.qualifier(),
        null,
        null);
  }

  private static double[] range(String s) {
    OptionalDouble one = VietnameseNumber.parse(s);
    if (one.isPresent()) {
      return new double[] {one.getAsDouble()};
    }
    int dash = s.indexOf('-', 1);
    if (dash < 0) {
      return null;
    }
    OptionalDouble lo = VietnameseNumber.parse(s.substring(0, dash));
    OptionalDouble hi = VietnameseNumber.parse(s.substring(dash + 1));
    if (lo.isEmpty() || hi.isEmpty() || hi.getAsDouble() < lo.getAsDouble()) {
      return null;
    }
    return new double[] {lo.getAsDouble(), hi.getAsDouble()};
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private static FigureKind kindOf(UnitKind kind) {
    return switch (kind) {
      case PERCENT -> FigureKind.PERCENT;
      case MONEY -> FigureKind.MONEY;
      default -> FigureKind.QUANTITY;
    };
  }

  private static List<Figure> shift(List<Figure> figures, int offset) {
    return figures.stream().map(f -> f.at(f.text(), f.span().shift(offset))).toList();
  }

  private static TextSpan trimmed(String text, TextSpan cell) {
    int s = cell.start();
    int e = cell.end();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new TextSpan(s, e);
  }
}
