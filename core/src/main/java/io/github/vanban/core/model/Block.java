package io.github.vanban.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A structural unit of an extracted document: a heading, a paragraph, a list item, a table, a
 * footnote.
 *
 * <p>Immutable and thread-safe. For a table, {@code span} covers the whole table text and {@code
 * rows} lists the span of every cell, row by row; for other types {@code rows} is empty.
 *
 * @param type what the block is
 * @param span where the block's text lies in the document text
 * @param page the 1-based page the block starts on, or 0 when the format has no pages
 * @param level heading depth (1 is the top), 0 for other types
 * @param rows cell spans of a table, row by row; empty for other types
 */
public record Block(BlockType type, TextSpan span, int page, int level, List<List<TextSpan>> rows) {

  /**
   * Copies {@code rows} deeply so the block cannot change from outside.
   *
   * @param type what the block is
   * @param span where the block's text lies in the document text
   * @param page the 1-based page the block starts on, or 0 when the format has no pages
   * @param level heading depth (1 is the top), 0 for other types
   * @param rows cell spans of a table, row by row; empty for other types
   */
  public Block {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    if (page < 0 || level < 0) {
      throw new IllegalArgumentException("page " + page + " and level " + level + " must be >= 0");
    }
    rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
  }

  /**
   * Creates a block that is not a table.
   *
   * @param type the block's kind; a block made here has no table rows
   * @param span where the block stands in the text
   * @param page the 1-based page it starts on, or 0 when the format has no pages
   * @return a block with level 0 and no rows
   */
  public static Block of(BlockType type, TextSpan span, int page) {
    return new Block(type, span, page, 0, List.of());
  }

  /**
   * Returns a copy of this block with every span moved by {@code mapper}.
   *
   * @param mapper moves one span of the old text onto the new text
   * @return a new block of the same type, page and level
   */
  public Block remap(java.util.function.UnaryOperator<TextSpan> mapper) {
    return new Block(
        type,
        mapper.apply(span),
        page,
        level,
        rows.stream().map(r -> r.stream().map(mapper).toList()).toList());
  }
}
