package io.github.vanban.extract.layout;

import io.github.vanban.extract.ocr.OcrText;
import java.util.List;

/**
 * One element of a document in reading order, before blocks are formed: a line of running text, a
 * line of a column cell, a table, a footnote, or the text OCR read from a page.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface LayoutItem {

  /**
   * Returns the page the item is on.
   *
   * @return 1-based page number
   */
  int page();

  /**
   * A line of running text, to be joined with its neighbours into paragraphs.
   *
   * @param line the line
   */
  record Flow(TextLine line) implements LayoutItem {
    @Override
    public int page() {
      return line.page();
    }
  }

  /**
   * A line of one column of a two-column region (header, signature block).
   *
   * @param line the line, holding only this column's chunks
   * @param column identifies the column: lines of one column share it
   */
  record Cell(TextLine line, int column) implements LayoutItem {
    @Override
    public int page() {
      return line.page();
    }
  }

  /**
   * A table.
   *
   * @param page 1-based page
   * @param rows cell texts, row by row
   */
  record Table(int page, List<List<String>> rows) implements LayoutItem {
    /**
     * Copies the rows.
     *
     * @param page 1-based page
     * @param rows cell texts, row by row
     */
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A footnote.
   *
   * @param page 1-based page
   * @param text the footnote's text, its number included
   */
  record Footnote(int page, String text) implements LayoutItem {}

  /**
   * Text read by OCR from a page image.
   *
   * @param page 1-based page
   * @param text the recognised text, paragraphs separated by blank lines, and its uncertain words
   */
  record Ocr(int page, OcrText text) implements LayoutItem {}
}
