package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the footnotes at the bottom of a page: the trailing lines set in a smaller font than the
 * body, the first of them starting with a note number (superscript or not); each line that starts
 * with a number starts a new footnote.
 *
 * <p>Stateless and thread-safe.
 */
public final class FootnoteFinder {

  /** Lines at most this share of the body font size are small print. */
  public static final float SMALL = 0.88f;

  private static final Pattern NUMBERED =
      Pattern.compile("^(?:[\\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\\*{1,3}|\\(\\d{1,3}\\))\\D.*");

  private FootnoteFinder() {}

  /**
   * A page split into body lines and footnotes.
   *
   * @param body the lines above the footnotes
   * @param footnotes the footnotes' texts, top to bottom
   */
  public record Split(List<TextLine> body, List<String> footnotes) {}

  /**
   * Splits a page's lines, given the size of the document's body text.
   *
   * @param lines the page's lines, top to bottom
   * @param bodySize the font size of the document's body text
   * @return the body lines and the footnotes; all lines and no footnote when the page has none
   */
  public static Split split(List<TextLine> lines, float bodySize) {
    int start = lines.size();
    while (start > 0 && lines.get(start - 1).size() <= bodySize * SMALL) {
      start--;
    }
    if (start == 0 || start == lines.size() || !startsNote(lines.get(start), bodySize)) {
      return new Split(lines, List.of());
    }
    List<String> notes = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (TextLine line : lines.subList(start, lines.size())) {
      if (startsNote(line, bodySize) && current.length() > 0) {
        notes.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(line.text().strip());
    }
    notes.add(current.toString());
    return new Split(lines.subList(0, start), notes);
  }

  private static boolean startsNote(TextLine line, float bodySize) {
    Glyph first = null;
    for (Glyph g : line.chunks().get(0).glyphs()) {
      if (!g.blank()) {
        first = g;
        break;
      }
    }
    if (first == null
        || !(Character.isDigit(first.text().codePointAt(0)) || first.text().equals("*"))) {
      return false;
    }
    boolean superscript =
        first.size() < line.size() * 0.8f
            || first.baseline() < line.baseline() - 0.2f * line.size();
    return superscript || NUMBERED.matcher(line.text()).matches() && line.size() < bodySize * SMALL;
  }
}
