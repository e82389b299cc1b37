package io.github.vanban.core.model;

/** The structural role of a {@link Block} in an extracted document. */
public enum BlockType {
  /** A title or section heading; {@link Block#level()} gives its depth (1 is the top). */
  HEADING,
  /** Running text. */
  PARAGRAPH,
  /** One item of a numbered or bulleted list, its marker included in the text. */
  LIST_ITEM,
  /** A table; {@link Block#rows()} holds the spans of its cells row by row. */
  TABLE,
  /** A footnote or endnote. */
  FOOTNOTE,
  /** A page header or footer kept apart from the body. */
  PAGE_FURNITURE
}
