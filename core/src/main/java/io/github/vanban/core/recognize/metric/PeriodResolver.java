package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.recognize.metric.SentenceDates.Dated;
import io.github.vanban.core.recognize.metric.SentenceDates.Role;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the period that scopes a figure and the base it is compared with (EXTRACTION.md section 4).
 *
 * <p>In order: a date written right after the figure ({@code 96,16% năm 2024}); else the nearest
 * date before it in its clause scope or at the head of its sentence ({@code Năm 2023, ...}); else
 * the nearest date after it in its clause; else, unless the clause speaks of a span of years
 * ({@code 5 năm}), the nearest date in an earlier clause of its sentence; else the period the
 * document gives (a target heading, or the reporting period). Comparison bases, dates of cited
 * documents, dates right after another figure and dates inside another bracket group are passed
 * over. A yearly rate ({@code 13,4%/năm}) is an average over a period, so single years are passed
 * over for it. The comparison is the base named in the figure's clause ({@code so với năm 2020}),
 * or at the head of its sentence ({@code So với cuối năm 2021, ...}). Stateless and thread-safe.
 */
final class PeriodResolver {

  /** The period and comparison of a figure; either may be {@code null}. */
  record Resolved(DateValue period, DateValue comparison) {}

  private static final int HEAD = 30;

  /** A span of years: {@code 5 năm} (not {@code năm 2024}), {@code giai đoạn}, {@code nhiệm kỳ}. */
  private static final Pattern TERM =
      Pattern.compile("(?<![\\p{L}\\d])(?:\\d+ năm(?! \\d)|giai đoạn|nhiệm kỳ)(?![\\p{L}])");

  private static final int HEAD_WORDS_CHARS = 12;

  private PeriodResolver() {}

  static Resolved resolve(
      String key,
      TextSpan sentence,
      int scopeStart,
      Figure f,
      SentenceDates dates,
      DocumentPeriods doc) {
    List<Dated> all =
        dates.near(
            f.span().start() - Clauses.MAX_SCOPE,
            f.span().end() + Clauses.MAX_SCOPE,
            sentence.start() + 2 * HEAD_WORDS_CHARS);
    boolean yearly = "năm".equals(f.per());
    Dated chosen = attached(all, f, yearly);
    if (chosen == null) {
      chosen = before(key, sentence, scopeStart, all, f, yearly);
    }
    if (chosen == null) {
      chosen = after(key, sentence, all, f, yearly);
    }
    if (chosen == null && !namesTerm(key, scopeStart, f.span().start())) {
      chosen = earlierClause(key, sentence, scopeStart, all, f, yearly);
    }
    DateValue period = chosen != null ? chosen.value() : doc.inherited(f.span().start());
    return new Resolved(period, comparison(key, sentence, all, f));
  }

  private static Dated attached(List<Dated> all, Figure f, boolean yearly) {
    for (Dated d : all) {
      if (d.owner() == f && d.role() == Role.FREE && fits(d, yearly)) {
        return d;
      }
    }
    return null;
  }

  private static Dated before(
      String key, TextSpan sentence, int scopeStart, List<Dated> all, Figure f, boolean yearly) {
    Dated found = null;
    for (Dated d : all) {
      boolean inScope = d.span().start() >= scopeStart || head(key, sentence, d.span());
      if (inScope && d.span().end() <= f.span().start() && usable(key, sentence, d, f, yearly)) {
        found = d;
      }
    }
    return found;
  }

  /**
   * The nearest date in an earlier clause of the sentence: a list of clauses shares the period its
   * first clause names ({@code năm 2024 ước đạt 8,42%; FDI đạt 2,8 tỷ USD; ...}).
   */
  private static Dated earlierClause(
      String key, TextSpan sentence, int scopeStart, List<Dated> all, Figure f, boolean yearly) {
    Dated found = null;
    for (Dated d : all) {
      if (d.span().start() >= sentence.start()
          && d.span().end() <= scopeStart
          && usable(key, sentence, d, f, yearly)) {
        found = d;
      }
    }
    return found;
  }

  /**
   * Whether the clause before the figure speaks of a span of years ({@code 5 năm}, {@code giai
   * đoạn}, {@code nhiệm kỳ}): its period is the document's term, not a year of an earlier clause.
   */
  private static boolean namesTerm(String key, int from, int to) {
    return TERM.matcher(key).region(Math.max(0, from), Math.max(from, to)).find();
  }

  /** A date that opens its sentence ({@code Năm 2023, ...}, {@code Đến năm 2022 ...}). */
  private static boolean head(String key, TextSpan sentence, TextSpan date) {
    if (date.start() - sentence.start() > 2 * HEAD_WORDS_CHARS) {
      return false;
    }
    String lead = key.substring(sentence.start(), date.start()).strip();
    return lead.length() <= HEAD_WORDS_CHARS && lead.chars().noneMatch(Character::isDigit);
  }

  private static Dated after(
      String key, TextSpan sentence, List<Dated> all, Figure f, boolean yearly) {
    int end = Clauses.clauseEnd(key, sentence, f.span().end());
    for (Dated d : all) {
      if (d.span().start() >= f.span().end()
          && d.span().end() <= end
          && usable(key, sentence, d, f, yearly)) {
        return d;
      }
    }
    return null;
  }

  private static boolean usable(String key, TextSpan sentence, Dated d, Figure f, boolean yearly) {
    if (d.role() != Role.FREE || d.owner() != null && d.owner() != f || !fits(d, yearly)) {
      return false;
    }
    TextSpan group = Clauses.group(key, sentence, (d.span().start() + d.span().end()) / 2);
    return group == null || group.contains(f.span());
  }

  private static boolean fits(Dated d, boolean yearly) {
    return !yearly || d.granularity() == Granularity.PERIOD;
  }

  private static DateValue comparison(String key, TextSpan sentence, List<Dated> all, Figure f) {
    int end = Clauses.clauseEnd(key, sentence, f.span().end());
    for (Dated d : all) {
      boolean inClause = d.span().start() >= f.span().end() && d.span().end() <= end;
      boolean atHead =
          d.span().end() <= f.span().start() && d.span().start() < sentence.start() + HEAD;
      if (d.role() == Role.COMPARISON && (inClause || atHead)) {
        return d.value();
      }
    }
    return null;
  }
}
