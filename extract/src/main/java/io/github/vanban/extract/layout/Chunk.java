package io.github.vanban.extract.layout;

import java.util.List;

/**
 * A run of glyphs on one line with no wide gap inside: a cell of a two-column header, one side of a
 * signature block, or a whole line of running text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param glyphs the glyphs, left to right
 * @param text their text, words separated by single spaces, NFC
 * @param left left edge
 * @param right right edge
 * @param firstWordEnd right edge of the first word
 */
public record Chunk(List<Glyph> glyphs, String text, float left, float right, float firstWordEnd) {

  /**
   * Copies the glyph list.
   *
   * @param glyphs the glyphs, left to right
   * @param text their text, words separated by single spaces, NFC
   * @param left left edge
   * @param right right edge
   * @param firstWordEnd right edge of the first word
   */
  public Chunk {
    glyphs = List.copyOf(glyphs);
  }

  /**
   * Returns the horizontal centre.
   *
   * @return the middle of the left and right edges
   */
  public float centre() {
    return (left + right) / 2;
  }
}
