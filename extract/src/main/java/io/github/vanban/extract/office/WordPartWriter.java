package io.github.vanban.extract.office;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.extract.DocumentBuilder;
import java.util.List;

/**
 * Lays {@link WordPart}s into a {@link DocumentBuilder}: headings, list items and paragraphs as
 * blocks, data tables as table blocks, and the official header and signature tables as paragraphs
 * read column by column ({@link LayoutTables}).
 *
 * <p>Not thread-safe: one per extraction.
 */
final class WordPartWriter {

  private final DocumentBuilder builder;

  /** Writes into {@code builder}. */
  WordPartWriter(DocumentBuilder builder) {
    this.builder = builder;
  }

  /** Writes the parts in order. */
  void write(List<WordPart> parts) {
    for (WordPart part : parts) {
      if (part instanceof WordPart.Paragraph p) {
        paragraph(p);
      } else if (part instanceof WordPart.Table t) {
        table(t);
      }
    }
  }

  /** Writes each part's text as one block of {@code type} (footnotes, page furniture). */
  void writeAs(BlockType type, List<WordPart> parts) {
    StringBuilder sb = new StringBuilder();
    for (WordPart part : parts) {
      if (part instanceof WordPart.Paragraph p) {
        append(sb, p.text());
      } else if (part instanceof WordPart.Table t) {
        t.rows().forEach(row -> append(sb, String.join("\t", row)));
      }
    }
    builder.add(type, sb.toString(), 0, 0);
  }

  private static void append(StringBuilder sb, String text) {
    if (!text.isBlank()) {
      sb.append(sb.isEmpty() ? "" : "\n").append(text.strip());
    }
  }

  private void paragraph(WordPart.Paragraph p) {
    if (p.headingLevel() > 0) {
      builder.add(BlockType.HEADING, p.text(), 0, p.headingLevel());
    } else if (p.listItem()) {
      builder.add(BlockType.LIST_ITEM, p.text(), 0, 0);
    } else {
      builder.paragraph(p.text(), 0);
    }
  }

  private void table(WordPart.Table t) {
    if (LayoutTables.isLayout(t.rows())) {
      LayoutTables.columnLines(t.rows()).forEach(line -> builder.paragraph(line, 0));
    } else {
      builder.addTable(t.rows(), 0);
    }
  }
}
