package io.github.vanban.core.recognize.figure;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A unit written on its own, as in a table's unit column or column header: {@code %}, {@code tỷ
 * đồng}, {@code nghìn lượt}, {@code (triệu USD)}; scale words multiply.
 *
 * <p>Immutable and thread-safe.
 *
 * @param multiplier the product of the scale words, 1 when there are none
 * @param unit the unit
 */
record UnitPhrase(double multiplier, Unit unit) {

  private static final Set<UnitKind> KINDS =
      EnumSet.of(UnitKind.PERCENT, UnitKind.MONEY, UnitKind.MEASURE, UnitKind.COUNT);
  private static final int MAX_FREE_WORDS = 4;

  /** Reads a phrase that is exactly a unit, with scale words before it; {@code null} if not. */
  static UnitPhrase parse(String phrase, UnitLexicon units) {
    String p = phrase.strip();
    double multiplier = 1;
    int i = 0;
    for (int k = 0; k < 3; k++) {
      ScaleWord w = ScaleWord.at(p, i);
      if (w == null) {
        break;
      }
      multiplier *= w.multiplier();
      i = Texts.skipSpaces(p, i + w.lengthAt(p, i), 2);
    }
    UnitLexicon.Match m = units.match(p, i, KINDS);
    if (m == null || m.unit().kind() == UnitKind.NONE || m.end() != p.length()) {
      return null;
    }
    return new UnitPhrase(multiplier, m.unit());
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
    return new UnitPhrase(1, new Unit(c, lower, UnitKind.COUNT));
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
