package io.github.vanban.core.testing;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an extracted document holding running text and one table laid out as the extractors do:
 * cells separated by a tab, rows by a line break, every cell span recorded.
 */
public final class TableFixture {

  private TableFixture() {}

  /**
   * Returns a document of {@code before}, a line break, the table, a line break and {@code after}.
   */
  public static ExtractedDocument document(String before, List<List<String>> rows, String after) {
    StringBuilder text = new StringBuilder(before).append('\n');
    int start = text.length();
    List<List<TextSpan>> spans = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        text.append('\n');
      }
      List<TextSpan> row = new ArrayList<>();
      for (int c = 0; c < rows.get(r).size(); c++) {
        if (c > 0) {
          text.append('\t');
        }
        int s = text.length();
        text.append(rows.get(r).get(c));
        row.add(new TextSpan(s, text.length()));
      }
      spans.add(row);
    }
    Block table = new Block(BlockType.TABLE, new TextSpan(start, text.length()), 1, 0, spans);
    Block para = Block.of(BlockType.PARAGRAPH, new TextSpan(0, before.length()), 1);
    text.append('\n').append(after);
    int afterStart = text.length() - after.length();
    List<Block> blocks = new ArrayList<>(List.of(para, table));
    if (!after.isEmpty()) {
      blocks.add(Block.of(BlockType.PARAGRAPH, new TextSpan(afterStart, text.length()), 1));
    }
    return new ExtractedDocument(
        text.toString(), blocks, DocumentMetadata.ofFormat("docx"), List.of());
  }

  /**
   * Returns the rows of a table written one line a row, its cells separated by {@code " | "}:
   * {@code rows("TT | Chỉ tiêu", "1 | Thu ngân sách")}.
   */
  public static List<List<String>> rows(String... lines) {
    return Arrays.stream(lines).map(line -> List.of(line.split(" \\| ", -1))).toList();
  }

  /** Returns the single TABLE block of {@code doc}. */
  public static Block table(ExtractedDocument doc) {
    return doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().orElseThrow();
  }
}
