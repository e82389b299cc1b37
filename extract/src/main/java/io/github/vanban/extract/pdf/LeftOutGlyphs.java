package io.github.vanban.extract.pdf;

/**
 * Counts of the characters a page draws that are left out of its text, by why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param offPage drawn wholly outside the page's crop box
 * @param invisible neither filled nor stroked (render mode 3 or 7), not over an image
 * @param white filled in white on no background
 * @param unmapped in a font that maps them to no Unicode text (no {@code ToUnicode} map and no
 *     encoding that names them) or only to private-use code points: shapes without letters
 */
record LeftOutGlyphs(int offPage, int invisible, int white, int unmapped) {

  /** Nothing left out. */
  static final LeftOutGlyphs NONE = new LeftOutGlyphs(0, 0, 0, 0);

  /** Returns a copy with {@code value} characters off the page. */
  LeftOutGlyphs withOffPage(int value) {
    return new LeftOutGlyphs(value, invisible, white, unmapped);
  }
}
