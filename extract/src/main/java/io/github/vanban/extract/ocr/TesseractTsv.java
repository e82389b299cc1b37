package io.github.vanban.extract.ocr;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.model.UncertainWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the TSV Tesseract prints with its {@code tsv} configuration (one row per page, block,
 * paragraph, line and word, with the word's box and confidence) into the text its plain-text output
 * would give, and the words read with a confidence below {@link #UNCERTAIN_BELOW}.
 *
 * <p>The text is built as Tesseract builds its plain text: the words of a line joined by a space,
 * the lines of a paragraph by a line break, paragraphs by a blank line; blank words (the rules and
 * specks Tesseract reports as a word of spaces) are left out. Each word is tidied by {@link
 * TesseractText}.
 *
 * <p>Stateless and thread-safe.
 */
final class TesseractTsv {

  /**
   * Words read with a confidence (Tesseract's 0-100 scale) below this are uncertain. Chosen on the
   * first two pages of the development part's scans (docs/EXTRACTION.md, "OCR confidence").
   */
  static final double UNCERTAIN_BELOW = 50;

  private static final int WORD_LEVEL = 5;
  private static final int COLUMNS = 12;

  private TesseractTsv() {}

  /**
   * Reads Tesseract's TSV output.
   *
   * @param tsv the whole output, header row included
   * @return the page's text and its uncertain words
   */
  static OcrText read(String tsv) {
    StringBuilder text = new StringBuilder();
    List<UncertainWord> uncertain = new ArrayList<>();
    String paragraph = null;
    String line = null;
    for (String row : tsv.split("\\r?\\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < COLUMNS || !isInteger(f[0]) || Integer.parseInt(f[0]) != WORD_LEVEL) {
        continue;
      }
      String word = TesseractText.word(f[11]);
      if (word.isEmpty()) {
        continue;
      }
      String wordParagraph = f[1] + "/" + f[2] + "/" + f[3];
      String wordLine = wordParagraph + "/" + f[4];
      if (paragraph != null && !paragraph.equals(wordParagraph)) {
        text.append("\n\n");
      } else if (line != null && !line.equals(wordLine)) {
        text.append('\n');
      } else if (line != null) {
        text.append(' ');
      }
      paragraph = wordParagraph;
      line = wordLine;
      int start = text.length();
      text.append(word);
      double confidence = confidence(f[10]);
      if (confidence < UNCERTAIN_BELOW) {
        uncertain.add(
            new UncertainWord(new TextSpan(start, text.length()), Math.max(0, confidence) / 100));
      }
    }
    return new OcrText(text.toString(), uncertain);
  }

  private static double confidence(String field) {
    try {
      return Double.parseDouble(field.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean isInteger(String field) {
    return !field.isEmpty() && field.chars().allMatch(Character::isDigit);
  }
}
