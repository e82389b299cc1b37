package io.github.vanban.extract.layout;

/**
 * One character drawn on a page, with its geometry in points from the top-left corner of the crop
 * box.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the character's text (usually one code point; a ligature or a legacy-font byte may
 *     differ), never null
 * @param x left edge
 * @param baseline distance of the baseline from the top of the page
 * @param width advance width
 * @param size font size in points, as drawn (text matrix scaling included)
 * @param font the font's name without its subset tag, for legacy-font decoding and style
 * @param bold whether the font is bold
 * @param order position of the drawing operator in the page's content, for telling what is painted
 *     over what
 * @param legacy true when {@code text} holds the raw bytes of a legacy Vietnamese font (TCVN3, VNI)
 *     as Windows-1252 characters, to be decoded word by word
 * @param blank true when the glyph draws nothing a reader sees (a space): {@code text.isBlank()},
 *     worked out once by the maker of the glyph, as layout asks it of every glyph many times
 */
public record Glyph(
    String text,
    float x,
    float baseline,
    float width,
    float size,
    String font,
    boolean bold,
    int order,
    boolean legacy,
    boolean blank) {

  /**
   * Checks that the blank flag is the one the text gives.
   *
   * @param text the character's text, never null
   * @param x left edge
   * @param baseline distance of the baseline from the top of the page
   * @param width advance width
   * @param size font size in points, as drawn
   * @param font the font's name without its subset tag
   * @param bold whether the font is bold
   * @param order position of the drawing operator in the page's content
   * @param legacy true when {@code text} holds the raw bytes of a legacy Vietnamese font
   * @param blank {@code text.isBlank()}
   * @throws IllegalArgumentException when {@code blank} is not {@code text.isBlank()}
   */
  public Glyph {
    if (blank != text.isBlank()) {
      throw new IllegalArgumentException("blank is " + blank + " for the text '" + text + "'");
    }
  }

  /**
   * Returns the right edge.
   *
   * @return {@code x + width}
   */
  public float right() {
    return x + width;
  }

  /**
   * Returns the top of the glyph's box, estimated from the font size.
   *
   * @return the baseline minus three quarters of the font size
   */
  public float top() {
    return baseline - 0.75f * size;
  }
}
