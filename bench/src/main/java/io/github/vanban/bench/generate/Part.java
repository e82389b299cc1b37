package io.github.vanban.bench.generate;

import java.util.List;

/** A piece of a generated document's body. Implementations are immutable records. */
sealed interface Part {

  /** A section heading ({@code I. KẾT QUẢ ĐẠT ĐƯỢC}, {@code Điều 1.}). */
  record Heading(String text) implements Part {}

  /** A paragraph of running text. */
  record Paragraph(String text) implements Part {}

  /**
   * A table; the first row is its header.
   *
   * @param rows the cells, row by row, every row as wide as the header
   */
  record Table(List<List<String>> rows) implements Part {

    /** Copies the rows. */
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
