package io.github.vanban.extract.layout;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ocr.OcrText;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text OCR read from a page as blocks: paragraphs are separated by blank lines; inside
 * one, a line that opens with a list marker, follows closing punctuation with a capital, or is in
 * capitals or follows one in capitals (header lines, titles) starts a new block; other lines are
 * soft wraps joined with a space. The words OCR was unsure of move with the text into the blocks.
 *
 * <p>Stateless and thread-safe.
 */
public final class OcrParagraphs {

  private OcrParagraphs() {}

  /**
   * Writes the OCR text of page {@code page} to {@code out}.
   *
   * @param ocr the recognised text, paragraphs separated by blank lines, and its uncertain words
   * @param page 1-based page number
   * @param out receives the paragraphs and list items
   */
  public static void write(OcrText ocr, int page, DocumentBuilder out) {
    String text = ocr.text();
    Block block = new Block(ocr.uncertain());
    String previous = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String raw = text.substring(lineStart, lineEnd);
      String line = raw.strip();
      if (line.isEmpty()) {
        block.emit(page, out);
        previous = null;
      } else {
        boolean fresh =
            previous != null
                && (LineStyle.startsWithMarker(line)
                    || LineStyle.isUpperCase(previous)
                    || LineStyle.isUpperCase(line)
                    || LineStyle.endsClause(previous) && !LineStyle.startsLower(line));
        if (fresh) {
          block.emit(page, out);
        } else if (previous != null) {
          block.text.append(LineStyle.joinsWithoutSpace(previous, line) ? "" : " ");
        }
        block.append(line, lineStart + raw.indexOf(line));
        previous = line;
      }
      lineStart = lineEnd + 1;
    }
    block.emit(page, out);
  }

  /** A block being assembled, with where each of its lines came from in the page text. */
  private static final class Block {

    private final List<UncertainWord> pageWords;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> lines = new ArrayList<>();

    Block(List<UncertainWord> pageWords) {
      this.pageWords = pageWords;
    }

    /** Appends a stripped line that starts at {@code pageOffset} of the page text. */
    void append(String line, int pageOffset) {
      lines.add(new int[] {pageOffset, text.length(), line.length()});
      text.append(line);
    }

    void emit(int page, DocumentBuilder out) {
      String content = text.toString();
      if (!content.isBlank()) {
        out.add(
            LineStyle.startsWithMarker(content) ? BlockType.LIST_ITEM : BlockType.PARAGRAPH,
            content,
            page,
            0,
            words());
      }
      text.setLength(0);
      lines.clear();
    }

    /** The page's uncertain words that stand in this block, moved onto the block's text. */
    private List<UncertainWord> words() {
      List<UncertainWord> moved = new ArrayList<>();
      for (UncertainWord w : pageWords) {
        for (int[] line : lines) {
          int start = Math.max(w.span().start(), line[0]);
          int end = Math.min(w.span().end(), line[0] + line[2]);
          if (start < end) {
            int shift = line[1] - line[0];
            moved.add(new UncertainWord(new TextSpan(start + shift, end + shift), w.confidence()));
          }
        }
      }
      return moved;
    }
  }
}
