package io.github.vanban.core.recognize.figure;

import static io.github.vanban.core.text.WordCharacters.wordCharAt;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.core.model.TextSpan;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the figure whose first number starts at a given index: {@code [qualifier] [gấp] number [-
 * number] [scale words] unit [/per | /density] [trở lên]}, or a ratio {@code number/number noun}.
 *
 * <p>Every step looks a bounded distance ahead or back, so one call costs constant time. Immutable
 * and thread-safe.
 */
final class FigureParser {

  private static final Set<UnitKind> UNIT_KINDS =
      EnumSet.of(UnitKind.PERCENT, UnitKind.MONEY, UnitKind.MEASURE, UnitKind.COUNT);
  private static final Set<UnitKind> RATIO_KINDS = EnumSet.of(UnitKind.COUNT, UnitKind.MEASURE);

  private final UnitLexicon units;
  private final Suffixes suffixes;

  FigureParser(UnitLexicon units) {
    this.units = units;
    this.suffixes = new Suffixes(units);
  }

  /** Returns the figure whose number starts at {@code start}, or {@code null}. */
  Figure parseAt(String text, int start) {
    VietnameseNumber spaced = VietnameseNumber.scan(text, start, true);
    VietnameseNumber plain = VietnameseNumber.scan(text, start, false);
    if (plain == null || Exclusions.identifier(text, start, plain.span().end())) {
      return null;
    }
    Figure f = spaced.span().end() > plain.span().end() ? parseNumber(text, spaced) : null;
    return f != null ? f : parseNumber(text, plain);
  }

  private Figure parseNumber(String text, VietnameseNumber first) {
    int end = first.span().end();
    if (Texts.charIn(text, end, "/") && VietnameseNumber.isDigit(text, end + 1)) {
      return parseRatio(text, first);
    }
    Reading r = new Reading(text, first);
    readRange(r);
    readScale(r);
    return readUnit(r) ? finish(r) : null;
  }

  /** {@code 19 - 20}, {@code 3-3,5}, {@code từ 3 đến 5}: the high end before a shared unit. */
  private static void readRange(Reading r) {
    int q = Texts.skipSpaces(r.text, r.end, 2);
    int after;
    int start = r.prefixStart;
    if (Texts.dashAt(r.text, q)) {
      after = q + 1;
    } else if (q > r.end
        && Qualifiers.fromBefore(r.text, r.numberStart)
        && (Texts.wordAt(r.text, q, "đến") || Texts.wordAt(r.text, q, "tới"))) {
      after = q + 3;
      start = Texts.backSpaces(r.text, r.numberStart, 1) - "từ".length();
    } else {
      return;
    }
    int s2 = Texts.skipSpaces(r.text, after, 2);
    VietnameseNumber high =
        VietnameseNumber.isDigit(r.text, s2) ? VietnameseNumber.scan(r.text, s2, false) : null;
    if (high != null && high.value() >= r.low && !Texts.charIn(r.text, high.span().end(), "/")) {
      r.high = high.value();
      r.end = high.span().end();
      r.prefixStart = start;
    }
  }

  /** {@code tỷ}, {@code nghìn tỷ}: multiplies the value; {@code tỷ lệ} is no scale. */
  private static void readScale(Reading r) {
    for (int k = 0; k < 3; k++) {
      int q = Texts.skipSpaces(r.text, r.end, 2);
      ScaleWord w = q > r.end ? ScaleWord.at(r.text, q) : null;
      if (w == null) {
        return;
      }
      int after = q + w.lengthAt(r.text, q);
      int next = Texts.skipSpaces(r.text, after, 1);
      if (Texts.wordAt(r.text, next, "lệ") || Texts.wordAt(r.text, next, "trọng")) {
        return;
      }
      r.multiplier *= w.multiplier();
      r.end = after;
    }
  }

  private boolean readUnit(Reading r) {
    int q = Texts.skipSpaces(r.text, r.end, 2);
    boolean glued = q == r.end;
    UnitLexicon.Match m = units.match(r.text, q, UNIT_KINDS);
    if (m == null || m.unit().kind() == UnitKind.NONE) {
      return readMultiple(r, q);
    }
    UnitKind kind = m.unit().kind();
    if (glued && kind == UnitKind.COUNT) {
      return false;
    }
    r.kind = kindOf(kind);
    r.unit = m.unit().canonical();
    r.unitStart = m.start();
    r.end = m.end();
    if (kind == UnitKind.PERCENT) {
      readPercentRange(r);
    }
    suffixes.read(r, kind);
    return true;
  }

  private static boolean readMultiple(Reading r, int q) {
    if (!Texts.wordAt(r.text, q, "lần") || r.multiplier != 1 || !Multiples.accept(r)) {
      return false;
    }
    r.kind = FigureKind.MULTIPLE;
    r.unit = "lần";
    r.end = q + 3;
    return true;
  }

  /** {@code 3% - 5%}: a range with the sign on both ends. */
  private static void readPercentRange(Reading r) {
    if (r.high != null) {
      return;
    }
    int q = Texts.skipSpaces(r.text, r.end, 2);
    if (!Texts.dashAt(r.text, q)) {
      return;
    }
    int s2 = Texts.skipSpaces(r.text, q + 1, 2);
    VietnameseNumber high =
        VietnameseNumber.isDigit(r.text, s2) ? VietnameseNumber.scan(r.text, s2, false) : null;
    if (high == null || high.value() < r.low) {
      return;
    }
    int sign = Texts.skipSpaces(r.text, high.span().end(), 1);
    if (Texts.charIn(r.text, sign, "%")) {
      r.high = high.value();
      r.end = sign + 1;
    }
  }

  private static FigureKind kindOf(UnitKind kind) {
    return switch (kind) {
      case PERCENT -> FigureKind.PERCENT;
      case MONEY -> FigureKind.MONEY;
      default -> FigureKind.QUANTITY;
    };
  }

  private static Figure finish(Reading r) {
    int start = r.prefixStart;
    Qualifier qualifier = r.qualifier;
    Qualifiers.Found q = Qualifiers.before(r.text, start);
    if (q != null && qualifier == null) {
      qualifier = q.qualifier();
      start = q.start();
    } else if (qualifier == null && Qualifiers.fromBefore(r.text, start)) {
      int t = Texts.skipSpaces(r.text, r.end, 1);
      if (t > r.end && Texts.wordAt(r.text, t, "trở lên")) {
        qualifier = Qualifier.AT_LEAST;
        start = Texts.backSpaces(r.text, start, 1) - "từ".length();
        r.end = t + "trở lên".length();
      }
    }
    Double max = r.high == null ? null : r.high * r.multiplier;
    return new Figure(
        r.text.substring(start, r.end),
        new TextSpan(start, r.end),
        r.kind,
        r.low * r.multiplier,
        max,
        r.unit,
        r.per,
        qualifier,
        null,
        null);
  }

  /** {@code 4/2021}: a month and a year, not a ratio. */
  private static boolean monthOfYear(VietnameseNumber num, VietnameseNumber den) {
    return !num.fraction() && num.value() >= 1 && num.value() <= 12 && year(den);
  }

  private static boolean year(VietnameseNumber n) {
    return !n.fraction() && n.span().length() == 4 && n.value() >= 1900 && n.value() <= 2100;
  }

  /** {@code 15/15 chỉ tiêu}, {@code 1/3 tổng thiệt hại}: a share of what follows. */
  private Figure parseRatio(String text, VietnameseNumber num) {
    VietnameseNumber den = VietnameseNumber.scan(text, num.span().end() + 1, false);
    if (den == null || den.value() == 0 || num.value() > den.value() || monthOfYear(num, den)) {
      return null;
    }
    int end = den.span().end();
    if (Texts.charIn(text, end, "/-%") || wordCharAt(text, end)) {
      return null;
    }
    int q = Texts.skipSpaces(text, end, 1);
    UnitLexicon.Match m = q > end ? units.match(text, q, RATIO_KINDS) : null;
    int unitEnd = m != null && m.unit().kind() != UnitKind.NONE ? m.end() : Suffixes.words(text, q);
    if (q == end || unitEnd <= q) {
      return null;
    }
    int start = num.span().start();
    Qualifiers.Found found = Qualifiers.before(text, start);
    if (found != null) {
      start = found.start();
    }
    return new Figure(
        text.substring(start, unitEnd),
        new TextSpan(start, unitEnd),
        FigureKind.RATIO,
        num.value() / den.value(),
        null,
        text.substring(q, unitEnd).toLowerCase(Locale.ROOT),
        null,
        found == null ? null : found.qualifier(),
        num.value(),
        den.value());
  }
}
