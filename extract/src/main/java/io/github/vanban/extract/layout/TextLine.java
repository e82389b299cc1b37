package io.github.vanban.extract.layout;

import java.util.List;

/**
 * One line of text on a page: the chunks that share a baseline, left to right.
 *
 * <p>Immutable and thread-safe.
 *
 * @param page 1-based page number
 * @param chunks the line's chunks, left to right, at least one
 * @param baseline distance of the baseline from the top of the page
 * @param size the line's typical font size in points
 * @param bold whether (nearly) all of its letters are bold
 */
public record TextLine(int page, List<Chunk> chunks, float baseline, float size, boolean bold) {

  /**
   * Copies the chunk list and checks it is not empty.
   *
   * @param page 1-based page number
   * @param chunks the line's chunks, left to right, at least one
   * @param baseline distance of the baseline from the top of the page
   * @param size the line's typical font size in points
   * @param bold whether (nearly) all of its letters are bold
   * @throws IllegalArgumentException when {@code chunks} is empty
   */
  public TextLine {
    chunks = List.copyOf(chunks);
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException("a line needs at least one chunk, page " + page);
    }
  }

  /**
   * Returns the line's text, chunks separated by one space.
   *
   * @return the text of the chunks, left to right
   */
  public String text() {
    if (chunks.size() == 1) {
      return chunks.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Chunk c : chunks) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(c.text());
    }
    return sb.toString();
  }

  /**
   * Returns the left edge.
   *
   * @return the left edge of the first chunk
   */
  public float left() {
    return chunks.get(0).left();
  }

  /**
   * Returns the right edge.
   *
   * @return the right edge of the last chunk
   */
  public float right() {
    return chunks.get(chunks.size() - 1).right();
  }

  /**
   * Returns the top of the line's box, estimated from the font size.
   *
   * @return the baseline minus 0.8 font sizes
   */
  public float top() {
    return baseline - size * 0.8f;
  }

  /**
   * Returns a line made of some of this line's chunks, keeping its baseline and style.
   *
   * @param subset the chunks to keep, left to right, at least one
   * @return a new line on the same page and baseline
   */
  public TextLine withChunks(List<Chunk> subset) {
    return new TextLine(page, subset, baseline, size, bold);
  }

  /**
   * Returns the width of the first word, for deciding whether it would have fit a line above.
   *
   * @return the distance from the left edge to the end of the first word
   */
  public float firstWordWidth() {
    return chunks.get(0).firstWordEnd() - left();
  }
}
