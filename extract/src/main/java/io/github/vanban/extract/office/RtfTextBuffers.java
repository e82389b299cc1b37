package io.github.vanban.extract.office;

import io.github.vanban.extract.office.RtfGroup.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what {@link RtfReader} reads: body paragraphs and tables as {@link WordPart}s, footnote
 * and header/footer stories as texts, and the title and author of the info group.
 *
 * <p>Mutable, confined to one parse.
 */
final class RtfTextBuffers {

  /** The title from the info group. */
  final StringBuilder title = new StringBuilder();

  /** The author from the info group. */
  final StringBuilder author = new StringBuilder();

  private final List<WordPart> body = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> furniture = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private final StringBuilder cell = new StringBuilder();
  private List<String> row = new ArrayList<>();
  private final List<List<String>> table = new ArrayList<>();
  private StringBuilder story;
  private List<String> storyTarget;

  /** Returns the body in reading order. */
  List<WordPart> body() {
    return body;
  }

  /** Returns the footnote and endnote texts. */
  List<String> notes() {
    return notes;
  }

  /** Returns the page header and footer texts. */
  List<String> furniture() {
    return furniture;
  }

  void append(String text, Sink sink, boolean inTable) {
    if (sink == Sink.NOTE || sink == Sink.FURNITURE) {
      if (story != null) {
        story.append(text);
      }
    } else if (inTable) {
      cell.append(text);
    } else {
      flushTable();
      paragraph.append(text);
    }
  }

  void endParagraph(boolean inTable, Sink sink) {
    if (sink == Sink.NOTE || sink == Sink.FURNITURE) {
      append("\n", sink, inTable);
    } else if (sink == Sink.BODY) {
      if (inTable) {
        cell.append('\n');
      } else {
        flushTable();
        flushParagraph();
      }
    }
  }

  void endCell() {
    row.add(cell.toString().strip());
    cell.setLength(0);
  }

  void endRow() {
    if (!cell.isEmpty()) {
      endCell();
    }
    if (!row.isEmpty()) {
      table.add(row);
    }
    row = new ArrayList<>();
  }

  /** Starts a footnote or header/footer story; the previous one is complete. */
  void startStory(Sink sink) {
    flushStory();
    story = new StringBuilder();
    storyTarget = sink == Sink.NOTE ? notes : furniture;
  }

  /** Completes whatever is still open at the end of the document. */
  void finish() {
    if (!cell.isEmpty() || !row.isEmpty()) {
      endRow();
    }
    flushTable();
    flushParagraph();
    flushStory();
  }

  private void flushParagraph() {
    if (!paragraph.toString().isBlank()) {
      body.add(WordPart.Paragraph.body(paragraph.toString()));
    }
    paragraph.setLength(0);
  }

  private void flushTable() {
    if (!cell.isEmpty() && !cell.toString().isBlank()) {
      endRow();
    }
    if (!table.isEmpty()) {
      flushParagraph();
      body.add(new WordPart.Table(new ArrayList<>(table)));
      table.clear();
    }
  }

  private void flushStory() {
    if (story != null && !story.toString().isBlank()) {
      storyTarget.add(story.toString().strip());
    }
    story = null;
  }
}
