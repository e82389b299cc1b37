package io.github.vanban.extract.office;

/**
 * The state an RTF group carries and restores on close: where its text goes and in which font.
 *
 * <p>Mutable, confined to one parse.
 */
final class RtfGroup {

  /** Where the text of a group goes. */
  enum Sink {
    /** The document body (or a table cell in it). */
    BODY,
    /** Nowhere: an ignorable or non-text destination. */
    SKIP,
    /** The font table: font names. */
    FONT_TABLE,
    /** A footnote or endnote. */
    NOTE,
    /** A page header or footer. */
    FURNITURE,
    /** The document title in the info group. */
    TITLE,
    /** The author in the info group. */
    AUTHOR,
    /** The rest of the info group. */
    INFO
  }

  Sink sink;
  int font;
  boolean inTable;

  RtfGroup(Sink sink, int font, boolean inTable) {
    this.sink = sink;
    this.font = font;
    this.inTable = inTable;
  }

  /** Returns a copy for a nested group, which starts with this group's state. */
  RtfGroup copy() {
    return new RtfGroup(sink, font, inTable);
  }
}
