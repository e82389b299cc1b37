package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the figures of a running text (EXTRACTION.md section 3): percentages, money, quantities
 * with a unit or count noun, multiples and ratios, with ranges, rate denominators and qualifiers.
 *
 * <p>A number is read only where a word starts; identifiers (list markers, ordinals, codes,
 * document numbers) and numbers without a unit are skipped, and so is every number inside a span
 * the caller asks to skip (dates, tables). Runs in time linear in the text's length, never throws
 * on strange text, and returns figures in text order. Immutable and thread-safe.
 */
public final class FigureRecognizer {

  private final FigureParser parser;

  /** Creates a recogniser with the {@linkplain UnitLexicon#bundled() bundled} units. */
  public FigureRecognizer() {
    this(UnitLexicon.bundled());
  }

  /**
   * Creates a recogniser with the given units.
   *
   * @param units the unit lexicon that decides which words after a number are units
   */
  public FigureRecognizer(UnitLexicon units) {
    this.parser = new FigureParser(Objects.requireNonNull(units, "units"));
  }

  /**
   * Returns the figures of {@code text} in order.
   *
   * @param text the text to scan
   * @return the figures in text order, empty when there is none
   */
  public List<Figure> recognize(String text) {
    return recognize(text, List.of());
  }

  /**
   * Returns the figures of {@code text} in order, leaving out any figure that overlaps one of the
   * {@code skip} spans.
   *
   * @param text the text
   * @param skip spans holding no figure (dates, document numbers, tables), in any order
   * @return the figures in text order, empty when there is none
   */
  public List<Figure> recognize(String text, List<TextSpan> skip) {
    Objects.requireNonNull(text, "text");
    List<TextSpan> spans = new ArrayList<>(skip);
    spans.sort(Comparator.comparingInt(TextSpan::start));
    List<Figure> out = new ArrayList<>();
    int next = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (next < spans.size() && spans.get(next).end() <= i) {
        next++;
      }
      if (!VietnameseNumber.isDigit(text, i)) {
        i++;
      } else if (next < spans.size() && spans.get(next).start() <= i) {
        i = spans.get(next).end();
      } else {
        i = step(text, i, spans, next, out);
      }
    }
    return DensityLists.distribute(text, out);
  }

  /** Tries a figure at the digit {@code i}; returns where to go on. */
  private int step(String text, int i, List<TextSpan> spans, int next, List<Figure> out) {
    Figure f = startsNumber(text, i) ? parser.parseAt(text, i) : null;
    if (f != null && !overlaps(f.span(), spans, next) && !overlapsLast(f, out)) {
      out.add(f);
      return Math.max(f.span().end(), i + 1);
    }
    return skipNumber(text, i);
  }

  private static boolean startsNumber(String text, int i) {
    return Texts.boundaryBefore(text, i);
  }

  private static boolean overlaps(TextSpan span, List<TextSpan> spans, int from) {
    for (int k = Math.max(0, from - 1); k < spans.size(); k++) {
      TextSpan s = spans.get(k);
      if (s.start() >= span.end()) {
        return false;
      }
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsLast(Figure f, List<Figure> out) {
    return !out.isEmpty() && out.get(out.size() - 1).span().overlaps(f.span());
  }

  /** Moves past the digits and digit separators of the number at {@code i}. */
  private static int skipNumber(String text, int i) {
    int j = i + 1;
    while (j < text.length()
        && (VietnameseNumber.isDigit(text, j)
            || Texts.charIn(text, j, ".,") && VietnameseNumber.isDigit(text, j + 1))) {
      j++;
    }
    return j;
  }
}
