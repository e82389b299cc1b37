package io.github.vanban.extract.pdf;

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
record TextLine(int page, List<Chunk> chunks, float baseline, float size, boolean bold) {

  /** Copies the chunk list and checks it is not empty. */
  TextLine {
    chunks = List.copyOf(chunks);
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException("a line needs at least one chunk, page " + page);
    }
  }

  /** Returns the line's text, chunks separated by one space. */
  String text() {
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

  float left() {
    return chunks.get(0).left();
  }

  float right() {
    return chunks.get(chunks.size() - 1).right();
  }

  float top() {
    return baseline - size * 0.8f;
  }

  /** Returns a line made of some of this line's chunks, keeping its baseline and style. */
  TextLine withChunks(List<Chunk> subset) {
    return new TextLine(page, subset, baseline, size, bold);
  }

  /** Returns the width of the first word, for deciding whether it would have fit a line above. */
  float firstWordWidth() {
    return chunks.get(0).firstWordEnd() - left();
  }
}
