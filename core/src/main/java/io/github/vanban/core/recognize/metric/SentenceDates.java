package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dates of one sentence as the period resolver sees them: the DATES layer's mentions, plus
 * {@code cả năm} (the whole year, taking the year of the date before it) and bare years after a
 * time word ({@code đến hết 2024}), each marked with what it is attached to.
 *
 * <p>A date is a comparison base after {@code so với} or right after a multiple ({@code gấp 1,87
 * lần năm 2020}); it is attached to a figure it directly follows ({@code 95,6% năm 2020}); it is a
 * reference date when a document number stands just before it. Immutable and thread-safe.
 */
final class SentenceDates {

  /** A date of the sentence. */
  record Dated(TextSpan span, DateValue value, Role role, Figure owner) {

    /** Returns how precise the date is. */
    Granularity granularity() {
      return value.granularity();
    }
  }

  /** What a date does in its sentence. */
  enum Role {
    /** A date that may scope figures. */
    FREE,
    /** The base of a comparison. */
    COMPARISON,
    /** The date of a cited document. */
    REFERENCE
  }

  private static final List<String> TIME_WORDS =
      List.of("hết", "đến", "cuối", "đầu", "trước", "sau", "từ", "trong");
  private static final List<String> LINK_WORDS = List.of("cuối", "đầu", "hết", "vào", "trong");
  private static final int COMPARISON_WINDOW = 30;
  private static final Pattern CITED = Pattern.compile("(?s).*\\d\\s?[/-]\\s?[a-zđ]+[^;()]*");
  private static final int REFERENCE_WINDOW = 40;

  private final SpanIndex<Dated> dates;

  SentenceDates(
      String key,
      TextSpan sentence,
      List<DateMention> mentions,
      List<Figure> figures,
      LocalDate reference) {
    SpanIndex<Figure> figureIndex = SpanIndex.of(figures, Figure::span);
    List<Dated> all = new ArrayList<>();
    for (DateMention d : mentions) {
      all.add(classify(key, sentence, d.span(), d.date(), figureIndex));
    }
    addBareYears(key, sentence, mentions, figureIndex, all);
    all.sort(Comparator.comparingInt(d -> d.span().start()));
    addWholeYears(key, sentence, all, reference, figureIndex);
    all.sort(Comparator.comparingInt(d -> d.span().start()));
    this.dates = SpanIndex.of(all, Dated::span);
  }

  /** Returns the dates in text order. */
  List<Dated> all() {
    return dates.items();
  }

  /**
   * Returns, in text order, the dates that start in {@code [from, to)} and those that start before
   * {@code headEnd} (the head of the sentence).
   */
  List<Dated> near(int from, int to, int headEnd) {
    List<Dated> all = dates.items();
    List<Dated> out = new ArrayList<>();
    for (int i = 0; i < all.size() && all.get(i).span().start() < headEnd; i++) {
      if (all.get(i).span().start() < from) {
        out.add(all.get(i));
      }
    }
    for (int i = dates.firstStartingFrom(from); i < all.size(); i++) {
      if (all.get(i).span().start() >= to) {
        break;
      }
      out.add(all.get(i));
    }
    return out;
  }

  private static Dated classify(
      String key, TextSpan sentence, TextSpan span, DateValue value, SpanIndex<Figure> figures) {
    Figure before = figureRightBefore(key, span.start(), figures);
    Role role = Role.FREE;
    if (reference(key, sentence, span.start())) {
      role = Role.REFERENCE;
    } else if (comparison(key, sentence, span.start())
        || before != null && before.kind() == FigureKind.MULTIPLE) {
      role = Role.COMPARISON;
    }
    Figure owner = before != null && before.kind() != FigureKind.MULTIPLE ? before : null;
    return new Dated(span, value, role, owner);
  }

  /** The figure that ends right before {@code start}, with only a link word between. */
  private static Figure figureRightBefore(String key, int start, SpanIndex<Figure> figures) {
    int end = beforeLinkWord(key, backSpaces(key, start));
    return figures.lastEndingBy(end).filter(f -> f.span().end() == end).orElse(null);
  }

  /** Where the text before {@code end} stops once a link word ending there is passed over. */
  private static int beforeLinkWord(String key, int end) {
    for (String w : LINK_WORDS) {
      if (Clauses.wordEndsAt(key, end, w)) {
        return backSpaces(key, end - w.length());
      }
    }
    return end;
  }

  private static int backSpaces(String key, int i) {
    int j = i;
    while (j > 0 && key.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  private static boolean comparison(String key, TextSpan sentence, int start) {
    int from = Math.max(sentence.start(), start - COMPARISON_WINDOW);
    for (int i = start - 2; i >= from; i--) {
      char c = key.charAt(i);
      if (Character.isDigit(c) || c == ',' || c == ';' || c == '(' || c == ')') {
        return false;
      }
      if (Clauses.wordEndsAt(key, i + 2, "so")) {
        return true;
      }
    }
    return false;
  }

  private static boolean reference(String key, TextSpan sentence, int start) {
    return citation(key, Math.max(sentence.start(), start - REFERENCE_WINDOW), start);
  }

  /**
   * Returns whether a document number ({@code 01-NQ/TU}, {@code 205/NQ-HĐND}) stands in {@code
   * [from, start)} of the key with nothing but words after it: the date at {@code start} is that
   * document's.
   */
  static boolean citation(String key, int from, int start) {
    return CITED.matcher(key.substring(from, start)).matches();
  }

  private static void addBareYears(
      String key,
      TextSpan sentence,
      List<DateMention> mentions,
      SpanIndex<Figure> figures,
      List<Dated> out) {
    List<TextSpan> spans = new ArrayList<>();
    mentions.forEach(d -> spans.add(d.span()));
    figures.items().forEach(f -> spans.add(f.span()));
    spans.sort(Comparator.naturalOrder());
    SpanIndex<TextSpan> taken = SpanIndex.of(spans);
    for (int i = sentence.start(); i + 4 <= sentence.end(); i++) {
      if (bareYearAt(key, i)
          && taken.containing(i).isEmpty()
          && Clauses.wordBefore(key, i, TIME_WORDS) != null) {
        TextSpan span = new TextSpan(i, i + 4);
        DateValue year = DateValue.year(Integer.parseInt(span.of(key)));
        out.add(classify(key, sentence, span, year, figures));
      }
    }
  }

  private static boolean bareYearAt(String key, int i) {
    if (Character.isLetterOrDigit(Clauses.charAt(key, i - 1))
        || Character.isLetterOrDigit(Clauses.charAt(key, i + 4))
        || "/-.,:".indexOf(Clauses.charAt(key, i + 4)) >= 0) {
      return false;
    }
    char a = key.charAt(i);
    char b = key.charAt(i + 1);
    return (a == '1' && b == '9' || a == '2' && b == '0')
        && Character.isDigit(key.charAt(i + 2))
        && Character.isDigit(key.charAt(i + 3));
  }

  /** {@code cả năm}: the whole year of the date before it, or of the document. */
  private static void addWholeYears(
      String key,
      TextSpan sentence,
      List<Dated> out,
      LocalDate reference,
      SpanIndex<Figure> figures) {
    List<Dated> found = new ArrayList<>();
    String part = key.substring(sentence.start(), sentence.end());
    DateValue year = reference == null ? null : DateValue.year(reference.getYear());
    int next = 0;
    for (int j = part.indexOf("cả năm"); j >= 0; j = part.indexOf("cả năm", j + 1)) {
      int at = sentence.start() + j;
      for (; next < out.size() && out.get(next).span().start() <= at + 3; next++) {
        Dated d = out.get(next);
        if (d.role() == Role.FREE && d.span().end() <= at) {
          year = DateValue.year(d.value().end().getYear());
        }
      }
      boolean dated = next > 0 && out.get(next - 1).span().end() > at + 3;
      if (!dated && !Character.isLetter(Clauses.charAt(key, at - 1)) && year != null) {
        found.add(classify(key, sentence, new TextSpan(at, at + 6), year, figures));
      }
    }
    out.addAll(found);
  }
}
