package io.github.vanban.extract.layout;

import io.github.vanban.core.model.BlockType;
import java.util.List;

/**
 * Gives a block of running text its type: a heading when it is bold or in capitals and short, a
 * list item when it opens with a marker, otherwise a paragraph.
 *
 * <p>Heading levels: 1 for centred capitals (the document's kind, a part's title), 2 for other
 * capitals and part, chapter, section and appendix openers, 3 for other bold headings. Stateless
 * and thread-safe.
 */
public final class BlockClassifier {

  /** Longer blocks are never headings. */
  public static final int MAX_HEADING_CHARS = 250;

  /**
   * A block's type and heading level.
   *
   * @param type paragraph, heading or list item
   * @param level the heading level from 1, or 0 for other types
   */
  public record Kind(BlockType type, int level) {}

  private BlockClassifier() {}

  /**
   * Classifies a block made of {@code lines}, whose joined text is {@code text}.
   *
   * @param lines the block's lines
   * @param text the block's text, its lines joined
   * @param joiner tells whether a line is centred in its column
   * @return the block's type and heading level
   */
  public static Kind classify(List<TextLine> lines, String text, LineJoiner joiner) {
    boolean bold = lines.stream().allMatch(TextLine::bold);
    boolean upper = LineStyle.isUpperCase(text);
    if ((bold || upper) && text.length() <= MAX_HEADING_CHARS && hasLetters(text)) {
      boolean centred = lines.stream().allMatch(joiner::centred);
      if (upper && centred) {
        return new Kind(BlockType.HEADING, 1);
      }
      if (upper || LineStyle.startsStructure(text)) {
        return new Kind(BlockType.HEADING, 2);
      }
      return new Kind(BlockType.HEADING, 3);
    }
    if (LineStyle.startsWithMarker(text)) {
      return new Kind(BlockType.LIST_ITEM, 0);
    }
    return new Kind(BlockType.PARAGRAPH, 0);
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().filter(Character::isLetter).count() >= 2;
  }
}
