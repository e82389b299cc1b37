package io.github.vanban.extract;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles an {@link ExtractedDocument} block by block, keeping the spans right: blocks are
 * separated by one line break, table cells by a tab and table rows by a line break.
 *
 * <p>Not thread-safe: one builder per extraction. Stops adding text once {@code maxChars} is
 * reached and records a warning.
 */
public final class DocumentBuilder {

  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<UncertainWord> uncertain = new ArrayList<>();
  private final int maxChars;
  private boolean truncated;

  /**
   * Creates a builder that keeps at most {@code maxChars} characters.
   *
   * @param maxChars the most characters of text kept, {@code > 0}; later blocks are dropped with a
   *     warning
   */
  public DocumentBuilder(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Adds a block of text; blank text adds nothing.
   *
   * @param type what the block is (not {@link BlockType#TABLE}: use {@link #addTable})
   * @param content the block's text
   * @param page 1-based page, or 0
   * @param level heading level, or 0
   */
  public void add(BlockType type, String content, int page, int level) {
    add(type, content, page, level, List.of());
  }

  /**
   * Adds a block of text read by OCR, with the words of it read with low confidence; blank text
   * adds nothing.
   *
   * @param type what the block is (not {@link BlockType#TABLE}: use {@link #addTable})
   * @param content the block's text
   * @param page 1-based page, or 0
   * @param level heading level, or 0
   * @param words the uncertain words, spans into {@code content}
   */
  public void add(BlockType type, String content, int page, int level, List<UncertainWord> words) {
    String clean = content.strip();
    if (clean.isEmpty() || !room(clean.length())) {
      return;
    }
    int start = beginBlock();
    text.append(clean);
    int shift = start - (content.length() - content.stripLeading().length());
    for (UncertainWord w : words) {
      int from = Math.max(start, w.span().start() + shift);
      int to = Math.min(text.length(), w.span().end() + shift);
      if (from < to) {
        uncertain.add(new UncertainWord(new TextSpan(from, to), w.confidence()));
      }
    }
    blocks.add(new Block(type, new TextSpan(start, text.length()), page, level, List.of()));
  }

  /**
   * Adds a paragraph.
   *
   * @param content the paragraph's text; stripped, and blank text adds nothing
   * @param page the 1-based page it stands on, or 0 when the format has no pages
   */
  public void paragraph(String content, int page) {
    add(BlockType.PARAGRAPH, content, page, 0);
  }

  /**
   * Adds a table; each cell's text has its line breaks turned into spaces so that each row stays
   * one line. Empty tables add nothing.
   *
   * @param rows the table's rows, each a list of cell texts from left to right
   * @param page the 1-based page the table starts on, or 0 when the format has no pages
   */
  public void addTable(List<List<String>> rows, int page) {
    List<List<String>> clean = new ArrayList<>();
    int size = 0;
    for (List<String> row : rows) {
      List<String> cells = row.stream().map(c -> c.replaceAll("\\s+", " ").strip()).toList();
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        clean.add(cells);
        size += cells.stream().mapToInt(String::length).sum() + cells.size();
      }
    }
    if (clean.isEmpty() || !room(size)) {
      return;
    }
    int start = beginBlock();
    List<List<TextSpan>> spans = new ArrayList<>();
    for (int r = 0; r < clean.size(); r++) {
      if (r > 0) {
        text.append('\n');
      }
      List<TextSpan> rowSpans = new ArrayList<>();
      List<String> cells = clean.get(r);
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          text.append('\t');
        }
        int cellStart = text.length();
        text.append(cells.get(c));
        rowSpans.add(new TextSpan(cellStart, text.length()));
      }
      spans.add(rowSpans);
    }
    blocks.add(new Block(BlockType.TABLE, new TextSpan(start, text.length()), page, 0, spans));
  }

  /**
   * Records a warning for the person reading the result.
   *
   * @param warning a sentence in English saying what went wrong and where
   */
  public void warn(String warning) {
    warnings.add(warning);
  }

  /**
   * Returns the number of characters added so far.
   *
   * @return the length of the text so far, in UTF-16 chars
   */
  public int length() {
    return text.length();
  }

  /**
   * Returns the text added so far (a view: it changes as blocks are added).
   *
   * @return a live view of the text; copy it to keep it
   */
  public CharSequence text() {
    return text;
  }

  /**
   * Returns the warnings recorded so far.
   *
   * @return a copy of the warnings, in the order recorded
   */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Returns the finished document.
   *
   * @param metadata the format, page count and file properties of the document
   * @return the document holding the text, blocks, warnings and uncertain words added so far
   */
  public ExtractedDocument build(DocumentMetadata metadata) {
    return new ExtractedDocument(text.toString(), blocks, metadata, warnings, uncertain);
  }

  private int beginBlock() {
    if (text.length() > 0) {
      text.append('\n');
    }
    return text.length();
  }

  private boolean room(int extra) {
    if (text.length() + extra + 1 <= maxChars) {
      return true;
    }
    if (!truncated) {
      truncated = true;
      warnings.add("text truncated at the limit of " + maxChars + " characters");
    }
    return false;
  }
}
