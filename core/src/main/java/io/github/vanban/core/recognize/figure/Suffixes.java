package io.github.vanban.core.recognize.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what may follow a unit: the denominator of a rate ({@code 23%/năm}, {@code triệu
 * đồng/người}), which becomes the figure's {@code per}, and a population denominator ({@code /1 vạn
 * dân}, {@code trên 1 vạn dân}), which stays part of the unit ({@code giường bệnh/1 vạn dân}).
 * Immutable and thread-safe.
 */
final class Suffixes {

  private static final Set<UnitKind> PER_KINDS = EnumSet.of(UnitKind.PER);
  private static final List<String> POPULATION_SCALES = List.of("vạn", "nghìn", "ngàn", "triệu");
  private static final int MAX_WORDS_BEFORE_DENSITY = 3;
  private static final int MAX_RATIO_WORDS = 3;
  private static final Set<String> STOP_WORDS =
      Set.of(
          "của", "được", "đã", "là", "có", "và", "với", "trong", "trên", "tại", "theo", "cho", "để",
          "đạt", "thực", "không", "các", "những", "này", "đó");

  private final UnitLexicon units;

  Suffixes(UnitLexicon units) {
    this.units = units;
  }

  /** Reads the suffixes after the unit of {@code kind} that ends at {@code r.end}. */
  void read(Reading r, UnitKind kind) {
    boolean counted = kind == UnitKind.COUNT || kind == UnitKind.MEASURE;
    if (counted && (slashDensity(r, r.end) || trenDensity(r) || wordsThenDensity(r, kind))) {
      return;
    }
    readPer(r);
  }

  private void readPer(Reading r) {
    for (int k = 0; k < 2 && Texts.charIn(r.text, r.end, "/"); k++) {
      UnitLexicon.Match m = units.match(r.text, r.end + 1, PER_KINDS);
      if (m == null || m.unit().kind() == UnitKind.NONE) {
        return;
      }
      r.per = r.per == null ? m.unit().canonical() : r.per + "/" + m.unit().canonical();
      r.end = m.end();
    }
  }

  /** {@code /1 vạn dân} right after the unit. */
  private static boolean slashDensity(Reading r, int at) {
    if (!Texts.charIn(r.text, at, "/")) {
      return false;
    }
    int e = density(r.text, at + 1);
    if (e < 0) {
      return false;
    }
    r.unit = r.unit + lower(r.text, at, e);
    r.end = e;
    return true;
  }

  /** {@code trên 1 vạn dân}: written {@code /1 vạn dân} in the unit. */
  private static boolean trenDensity(Reading r) {
    int q = Texts.skipSpaces(r.text, r.end, 1);
    if (q == r.end || !Texts.wordAt(r.text, q, "trên")) {
      return false;
    }
    int s = Texts.skipSpaces(r.text, q + "trên".length(), 1);
    int e = density(r.text, s);
    if (e < 0) {
      return false;
    }
    r.unit = r.unit + "/" + lower(r.text, s, e);
    r.end = e;
    return true;
  }

  /** {@code giường công lập/1 vạn dân}: a few words qualify the noun before the denominator. */
  private static boolean wordsThenDensity(Reading r, UnitKind kind) {
    if (kind != UnitKind.COUNT) {
      return false;
    }
    int j = r.end;
    for (int k = 0; k < MAX_WORDS_BEFORE_DENSITY && Texts.charIn(r.text, j, " "); k++) {
      int w = wordEnd(r.text, j + 1);
      if (w == j + 1) {
        return false;
      }
      j = w;
      if (Texts.charIn(r.text, j, "/") && density(r.text, j + 1) > 0) {
        r.unit = lower(r.text, r.unitStart, j);
        return slashDensity(r, j);
      }
    }
    return false;
  }

  /**
   * Returns the end of a population denominator at {@code i} ({@code 1 vạn dân}, {@code 10.000
   * dân}, {@code vạn dân}), or -1.
   */
  static int density(String text, int i) {
    int j = i;
    if (VietnameseNumber.isDigit(text, j)) {
      VietnameseNumber n = VietnameseNumber.scan(text, j, false);
      if (n == null) {
        return -1;
      }
      j = Texts.skipSpaces(text, n.span().end(), 1);
    }
    for (String w : POPULATION_SCALES) {
      if (Texts.wordAt(text, j, w)) {
        j = Texts.skipSpaces(text, j + w.length(), 1);
        break;
      }
    }
    return Texts.wordAt(text, j, "dân") ? j + "dân".length() : -1;
  }

  /**
   * Returns the end of at most {@value #MAX_RATIO_WORDS} words of letters starting at {@code i},
   * stopping before a function word ({@code của}, {@code được}), or {@code i} when there is none.
   */
  static int words(String text, int i) {
    int end = i;
    int j = i;
    for (int k = 0; k < MAX_RATIO_WORDS; k++) {
      int e = wordEnd(text, j);
      if (e == j || STOP_WORDS.contains(text.substring(j, e).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = e;
      if (!Texts.charIn(text, e, " ")) {
        break;
      }
      j = e + 1;
    }
    return end;
  }

  private static int wordEnd(String text, int i) {
    int j = i;
    while (j < text.length()
        && j - i < 40
        && (Character.isLetter(text.charAt(j))
            || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
      j++;
    }
    return j;
  }

  private static String lower(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }
}
