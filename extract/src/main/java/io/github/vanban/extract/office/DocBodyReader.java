package io.github.vanban.extract.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a Word 97 story (an HWPF {@link Range}) into {@link WordPart}s: paragraphs with heading
 * levels and list markers, tables through HWPF's table API, field codes hidden, deleted and hidden
 * runs dropped, runs in TCVN3 or VNI fonts converted to Unicode.
 *
 * <p>Not thread-safe: it keeps list counters and field state, so read stories in order.
 */
final class DocBodyReader {

  private final StyleSheet styles;
  private final LegacyFontText legacy;
  private final ListNumberer numberer = new ListNumberer();
  private final List<String> warnings = new ArrayList<>();
  private DocFieldFilter fields = new DocFieldFilter();

  /** Reads with the document's style sheet and the legacy-font converter. */
  DocBodyReader(StyleSheet styles, LegacyFontText legacy) {
    this.styles = styles;
    this.legacy = legacy;
  }

  /** Returns the parts of {@code range} in reading order. */
  List<WordPart> read(Range range) {
    fields = new DocFieldFilter();
    List<WordPart> out = new ArrayList<>();
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        i += table(range, p, out) - 1;
      } else {
        paragraph(p, out);
      }
    }
    return out;
  }

  /** Returns problems met (tables that could not be read as tables). */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Reads the table starting at {@code first}; returns how many paragraphs it spans. */
  private int table(Range range, Paragraph first, List<WordPart> out) {
    Table table;
    try {
      table = range.getTable(first);
    } catch (RuntimeException e) {
      warnings.add("a table could not be read as a table; its text is kept as paragraphs");
      paragraph(first, out);
      return 1;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        cells.add(cellText(row.getCell(c)));
      }
      rows.add(cells);
    }
    out.add(new WordPart.Table(rows));
    return Math.max(1, table.numParagraphs());
  }

  private String cellText(TableCell cell) {
    if (cell.isMerged() && !cell.isFirstMerged()
        || cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
      return "";
    }
    List<WordPart> parts = new ArrayList<>();
    for (int k = 0; k < cell.numParagraphs(); k++) {
      paragraph(cell.getParagraph(k), parts);
    }
    return DocxBodyReader.cellText(parts);
  }

  private void paragraph(Paragraph p, List<WordPart> out) {
    String marker = marker(p);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < p.numCharacterRuns(); k++) {
      CharacterRun run = p.getCharacterRun(k);
      String raw = run.text();
      if (raw.indexOf('\u001F') >= 0) {
        raw = raw.replace("\u001F", legacy.optionalHyphen(run.getFontName()));
      }
      String visible = fields.visible(raw);
      if (!run.isVanished() && !run.isMarkedDeleted() && !visible.isEmpty()) {
        text.append(legacy.decode(visible, run.getFontName()));
      }
    }
    fields.endParagraph();
    if (!text.toString().isBlank()) {
      int level = headingLevel(p);
      out.add(new WordPart.Paragraph(marker + text, level, !marker.isEmpty() && level == 0));
    }
  }

  private String marker(Paragraph p) {
    try {
      return DocLists.ref(p).map(numberer::next).orElse("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** The outline level of the paragraph or its style ({@code heading N}, {@code Title}). */
  private int headingLevel(Paragraph p) {
    int lvl = p.getLvl();
    if (lvl >= 0 && lvl < 9) {
      return lvl + 1;
    }
    StyleDescription style = styles == null ? null : styles.getStyleDescription(p.getStyleIndex());
    String name = style == null || style.getName() == null ? "" : style.getName();
    String lower = name.toLowerCase(Locale.ROOT).strip();
    if (lower.equals("title")) {
      return 1;
    }
    if (lower.matches("heading\\s*[1-9]")) {
      return lower.charAt(lower.length() - 1) - '0';
    }
    return 0;
  }
}
