package io.github.vanban.core.recognize.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A unit written on its own, as in a table's unit column or column header: {@code %}, {@code tỷ
 * đồng}, {@code nghìn lượt}, {@code (triệu USD)}; scale words multiply.
 *
 * <p>Immutable and thread-safe.
 *
 * @param multiplier the product of the scale words, 1 when there are none
 * @param unit the unit
 * @param per the rate's denominator ({@code người/năm} of {@code triệu đồng/người/năm}), or {@code
 *     null}
 */
record UnitPhrase(double multiplier, Unit unit, String per) {

  private static final Set<UnitKind> KINDS =
      EnumSet.of(UnitKind.PERCENT, UnitKind.MONEY, UnitKind.MEASURE, UnitKind.COUNT);
  private static final Set<UnitKind> PER_KINDS = EnumSet.of(UnitKind.PER);
  private static final int MAX_FREE_WORDS = 4;

  /**
   * The abbreviated scales of statistical tables' unit columns, lower case, each followed by a dot
   * or a space: {@code Tr.USD}, {@code Tr. đồng}, {@code Ng.tấn}, {@code 1000 tấn}, {@code 1.000
   * ha}. Only a unit cell or header is read with them; in running text {@code tr.} is no number.
   */
  private static final List<Map.Entry<String, Double>> TABLE_SCALES =
      List.of(
          Map.entry("tr.", 1e6),
          Map.entry("tr ", 1e6),
          Map.entry("ng.", 1e3),
          Map.entry("1000 ", 1e3),
          Map.entry("1.000 ", 1e3));

  /**
   * Reads a phrase that is exactly a unit, with scale words before it and up to two rate
   * denominators after it ({@code triệu đồng/người/năm}); {@code null} if not.
   */
  static UnitPhrase parse(String phrase, UnitLexicon units) {
    String p = phrase.strip();
    double multiplier = 1;
    int i = 0;
    String lower = p.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Double> scale : TABLE_SCALES) {
      if (lower.startsWith(scale.getKey()) && lower.length() > scale.getKey().length()) {
        multiplier = scale.getValue();
        i = Texts.skipSpaces(p, scale.getKey().length(), 2);
        break;
      }
    }
    for (int k = 0; k < 3; k++) {
      ScaleWord w = ScaleWord.at(p, i);
      if (w == null) {
        break;
      }
      multiplier *= w.multiplier();
      i = Texts.skipSpaces(p, i + w.lengthAt(p, i), 2);
    }
    UnitLexicon.Match m = units.match(p, i, KINDS);
    if (m == null || m.unit().kind() == UnitKind.NONE) {
      return null;
    }
    String per = null;
    int end = m.end();
    for (int k = 0; k < 2 && end < p.length() && p.charAt(end) == '/'; k++) {
      UnitLexicon.Match d = units.match(p, end + 1, PER_KINDS);
      if (d == null || d.unit().kind() == UnitKind.NONE) {
        return null;
      }
      per = per == null ? d.unit().canonical() : per + "/" + d.unit().canonical();
      end = d.end();
    }
    return end == p.length() ? new UnitPhrase(multiplier, m.unit(), per) : null;
  }

  /**
   * Reads a unit column's cell: a known unit, or else a short name of what is counted ({@code Văn
   * bản}, {@code Hồ sơ}), taken as a count noun when {@code lenient}.
   */
  static UnitPhrase parseCell(String cell, UnitLexicon units, boolean lenient) {
    UnitPhrase known = parse(cell, units);
    if (known != null || !lenient) {
      return known;
    }
    String c = cell.strip();
    boolean words = !c.isEmpty() && c.split("\\s+").length <= MAX_FREE_WORDS;
    if (!words || !c.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
      return null;
    }
    String lower = c.toLowerCase(Locale.ROOT);
    return new UnitPhrase(1, new Unit(c, lower, UnitKind.COUNT), null);
  }

  /**
   * Reads the unit a column header names: the last parenthesised phrase ({@code Tỷ lệ (%)}, {@code
   * Thu NSNN (tỷ đồng)}) or a trailing {@code %}; {@code null} if none.
   */
  static UnitPhrase ofHeader(String header, UnitLexicon units) {
    String h = header.strip();
    int close = h.lastIndexOf(')');
    int open = close > 0 ? h.lastIndexOf('(', close) : -1;
    if (open >= 0) {
      return parse(h.substring(open + 1, close), units);
    }
    return h.endsWith("%") ? parse("%", units) : null;
  }
}
