package io.github.vanban.extract.layout;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.extract.DocumentBuilder;
import java.text.Normalizer;

/**
 * Writes the text OCR read from a page as blocks: paragraphs are separated by blank lines; inside
 * one, a line that opens with a list marker, follows closing punctuation with a capital, or is in
 * capitals or follows one in capitals (header lines, titles) starts a new block; other lines are
 * soft wraps joined with a space.
 *
 * <p>Stateless and thread-safe.
 */
public final class OcrParagraphs {

  private OcrParagraphs() {}

  /**
   * Writes the OCR text of page {@code page} to {@code out}.
   *
   * @param text the recognised text, paragraphs separated by blank lines
   * @param page 1-based page number
   * @param out receives the paragraphs and list items
   */
  public static void write(String text, int page, DocumentBuilder out) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFC);
    for (String paragraph : clean.split("\\n\\s*\\n")) {
      StringBuilder block = new StringBuilder();
      String previous = null;
      for (String raw : paragraph.split("\\n")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        boolean fresh =
            previous != null
                && (LineStyle.startsWithMarker(line)
                    || LineStyle.isUpperCase(previous)
                    || LineStyle.isUpperCase(line)
                    || LineStyle.endsClause(previous) && !LineStyle.startsLower(line));
        if (fresh) {
          emit(block, page, out);
        } else if (previous != null) {
          block.append(LineStyle.joinsWithoutSpace(previous, line) ? "" : " ");
        }
        block.append(line);
        previous = line;
      }
      emit(block, page, out);
    }
  }

  private static void emit(StringBuilder block, int page, DocumentBuilder out) {
    String text = block.toString();
    block.setLength(0);
    if (!text.isBlank()) {
      out.add(
          LineStyle.startsWithMarker(text) ? BlockType.LIST_ITEM : BlockType.PARAGRAPH,
          text,
          page,
          0);
    }
  }
}
