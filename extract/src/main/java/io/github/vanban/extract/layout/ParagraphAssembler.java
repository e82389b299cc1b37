package io.github.vanban.extract.layout;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.extract.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns layout items, in reading order, into the blocks of a {@link DocumentBuilder}: running-text
 * lines joined into paragraphs, headings and list items (across page breaks too), column cells kept
 * apart, tables, footnotes (written after the paragraph they interrupt) and OCR text.
 *
 * <p>Not thread-safe: one assembler per extraction.
 */
public final class ParagraphAssembler {

  private final DocumentBuilder out;
  private final LineJoiner joiner;
  private final List<TextLine> block = new ArrayList<>();
  private final List<LayoutItem.Footnote> pendingNotes = new ArrayList<>();
  private int blockColumn = -1;

  /**
   * Creates an assembler writing to {@code out}.
   *
   * @param out receives the blocks
   * @param joiner decides which running-text lines join
   */
  public ParagraphAssembler(DocumentBuilder out, LineJoiner joiner) {
    this.out = out;
    this.joiner = joiner;
  }

  /**
   * Adds the next item.
   *
   * @param item the next item in reading order
   */
  public void accept(LayoutItem item) {
    if (item instanceof LayoutItem.Flow f) {
      acceptFlow(f.line());
    } else if (item instanceof LayoutItem.Cell c) {
      acceptCell(c);
    } else if (item instanceof LayoutItem.Footnote n) {
      pendingNotes.add(n);
    } else if (item instanceof LayoutItem.Table t) {
      flush();
      out.addTable(t.rows(), t.page());
    } else if (item instanceof LayoutItem.Ocr o) {
      flush();
      OcrParagraphs.write(o.text(), o.page(), out);
    }
  }

  /** Writes what is still pending; call once after the last item. */
  public void finish() {
    flush();
  }

  private void acceptFlow(TextLine line) {
    boolean join =
        blockColumn < 0
            && !block.isEmpty()
            && joiner.continues(block.get(block.size() - 1), line, block.size());
    if (!join) {
      flush();
    }
    block.add(line);
    blockColumn = -1;
  }

  private void acceptCell(LayoutItem.Cell cell) {
    boolean join =
        blockColumn == cell.column()
            && !block.isEmpty()
            && LineStyle.startsLower(cell.line().text())
            && !LineStyle.startsWithMarker(cell.line().text());
    if (!join) {
      flush();
    }
    block.add(cell.line());
    blockColumn = cell.column();
  }

  private void flush() {
    if (!block.isEmpty()) {
      String text = joinLines(block);
      int page = block.get(0).page();
      if (blockColumn >= 0) {
        out.add(BlockType.PARAGRAPH, text, page, 0);
      } else {
        BlockClassifier.Kind kind = BlockClassifier.classify(block, text, joiner);
        out.add(kind.type(), text, page, kind.level());
      }
      block.clear();
    }
    blockColumn = -1;
    for (LayoutItem.Footnote note : pendingNotes) {
      out.add(BlockType.FOOTNOTE, note.text(), note.page(), 0);
    }
    pendingNotes.clear();
  }

  /**
   * Joins lines with a space, or with nothing after a code broken at a hyphen or slash.
   *
   * @param lines the lines of one block, in order
   * @return their stripped texts joined
   */
  public static String joinLines(List<TextLine> lines) {
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (TextLine line : lines) {
      String text = line.text().strip();
      if (previous != null && !LineStyle.joinsWithoutSpace(previous, text)) {
        sb.append(' ');
      }
      sb.append(text);
      previous = text;
    }
    return sb.toString();
  }
}
