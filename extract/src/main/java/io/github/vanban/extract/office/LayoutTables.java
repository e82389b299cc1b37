package io.github.vanban.extract.office;

import io.github.vanban.core.text.OfficialTitles;
import io.github.vanban.core.text.TonePlacement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the tables that official documents use for layout, not data: the two-column header at
 * the top (issuer and {@code Số:} on the left, {@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM} and the
 * place and date on the right) and the signature block at the end ({@code Nơi nhận:} on the left,
 * {@code TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH} and the signer on the right).
 *
 * <p>A table of one cell is a framed box, also layout. Such a table is read column by column, each
 * line a paragraph, the way a person reads the printed page. Stateless and thread-safe.
 */
public final class LayoutTables {

  private static final int MAX_ROWS = 4;
  private static final int MAX_COLUMNS = 3;
  private static final int MAX_CHARS = 2000;

  private static final Pattern HEADER_CUE =
      Pattern.compile(
          TonePlacement.regex("CỘNG HÒA XÃ HỘI CHỦ NGHĨA")
              + "|ĐẢNG CỘNG SẢN VIỆT NAM|ĐỘC LẬP\\s*-\\s*TỰ DO");
  private static final Pattern RECIPIENTS = Pattern.compile("NƠI NHẬN\\b.*|\\(ĐÃ KÝ\\)");
  private static final Pattern SIGNER_TITLE =
      Pattern.compile("((TM|KT|TL|TUQ|Q)\\s*\\.|T/M\\s).*|" + OfficialTitles.regex() + "\\b.*");

  private LayoutTables() {}

  /**
   * Returns whether {@code rows} is an official header or signature table.
   *
   * @param rows the table's cell texts, row by row
   * @return true when the table only lays out the header or signatures and holds no data
   */
  public static boolean isLayout(List<List<String>> rows) {
    if (rows.isEmpty() || rows.size() > MAX_ROWS) {
      return false;
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int chars = rows.stream().flatMap(List::stream).mapToInt(String::length).sum();
    if (columns > MAX_COLUMNS || chars > MAX_CHARS) {
      return false;
    }
    if (rows.size() == 1 && columns == 1) {
      return true;
    }
    List<String> lines = lines(rows);
    boolean header = lines.stream().anyMatch(l -> HEADER_CUE.matcher(upper(l)).find());
    boolean signature = lines.stream().anyMatch(LayoutTables::isSignatureLine);
    return header || signature;
  }

  /**
   * Returns the table's lines column by column: each column top to bottom, left to right.
   *
   * @param rows the table's cell texts, row by row
   * @return the non-blank lines of the cells, column by column
   */
  public static List<String> columnLines(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      for (List<String> row : rows) {
        if (c < row.size()) {
          out.addAll(cellLines(row.get(c)));
        }
      }
    }
    return out;
  }

  private static List<String> lines(List<List<String>> rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(row -> row.forEach(cell -> out.addAll(cellLines(cell))));
    return out;
  }

  /** A cell's non-blank lines; rules drawn with underscores or dashes are layout and dropped. */
  private static List<String> cellLines(String cell) {
    List<String> out = new ArrayList<>();
    for (String line : cell.split("\n")) {
      String s = line.strip();
      if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(s);
      }
    }
    return out;
  }

  /** A recipients line in any case, or a signer's title written in capitals as printed. */
  private static boolean isSignatureLine(String line) {
    String upper = upper(line);
    return RECIPIENTS.matcher(upper).matches()
        || (upper.equals(line.strip()) && SIGNER_TITLE.matcher(upper).matches());
  }

  private static String upper(String line) {
    return Normalizer.normalize(line.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
  }
}
