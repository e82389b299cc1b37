package io.github.vanban.extract.office;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a word-processing document in reading order, before it is laid into the text: the
 * common shape of what the DOCX, DOC and RTF readers find.
 */
sealed interface WordPart {

  /**
   * A paragraph.
   *
   * @param text its text, list marker included, soft line breaks as {@code \n}
   * @param headingLevel 1 for the top heading level, 0 for body text
   * @param listItem whether Word numbered or bulleted it
   */
  record Paragraph(String text, int headingLevel, boolean listItem) implements WordPart {

    /** Checks the text is present and the level not negative. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
      if (headingLevel < 0) {
        throw new IllegalArgumentException("headingLevel " + headingLevel + " must be >= 0");
      }
    }

    /** A body paragraph that is neither a heading nor a list item. */
    static Paragraph body(String text) {
      return new Paragraph(text, 0, false);
    }
  }

  /**
   * A table.
   *
   * @param rows the cells' texts row by row; a cell's paragraphs are separated by {@code \n}
   */
  record Table(List<List<String>> rows) implements WordPart {

    /** Copies the rows deeply. */
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
