package io.github.vanban.core.recognize.date;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates, months, quarters, half years, years and periods of a Vietnamese text
 * (EXTRACTION.md section 2).
 *
 * <p>Each written form is a rule; where the matches of several rules overlap, the longest wins
 * ({@code ngày 10 tháng 7 năm 2024} is one DAY, not a DAY, a MONTH and a YEAR), and two days joined
 * by a dash become one PERIOD ({@code 17/12/1994 - 17/12/2024}). Calendar values are checked (no
 * {@code 31/2}). Numbers glued to other numbers or letters are left alone, so the parts of document
 * numbers ({@code 13/2023/NQ-HĐND}), figures and ordinals are not dates. A day, quarter or half
 * year written without a year ({@code ngày 15/12}, {@code 6 tháng đầu năm}) takes the default year
 * given by the caller (the year of the document's issue date) and is left out when there is none.
 *
 * <p>Every rule runs in time linear in the text. Never throws on strange text: finding nothing is
 * an empty list. Immutable and thread-safe.
 */
public final class DateRecognizer {

  /** The default year meaning "none known". */
  static final int NO_YEAR = 0;

  private static final Pattern RANGE_DASH = Pattern.compile("\\s{0,3}-\\s{0,3}");

  /**
   * Returns the date mentions of {@code text} in text order, leaving out those that need a year.
   *
   * @param text any text, normally NFC-normalised
   * @return the mentions, never null
   */
  public List<DateMention> recognize(String text) {
    return findWithYear(text, NO_YEAR);
  }

  /**
   * Returns the date mentions of {@code text} in text order; a mention written without a year takes
   * {@code defaultYear}.
   *
   * @param text any text, normally NFC-normalised
   * @param defaultYear the year of the document's issue date, 1 to 9999
   * @return the mentions, never null
   * @throws IllegalArgumentException when {@code defaultYear} is outside 1..9999
   */
  public List<DateMention> recognize(String text, int defaultYear) {
    if (defaultYear < 1 || defaultYear > 9999) {
      throw new IllegalArgumentException("default year " + defaultYear + " outside 1..9999");
    }
    return findWithYear(text, defaultYear);
  }

  private static List<DateMention> findWithYear(String text, int defaultYear) {
    Objects.requireNonNull(text, "text");
    int[] starts = wordStarts(text);
    int[] rules = new int[starts.length];
    for (int k = 0; k < starts.length; k++) {
      rules[k] = DateRule.candidates(text, starts[k]);
    }
    List<DateMention> candidates = new ArrayList<>();
    for (DateRule rule : DateRule.values()) {
      collect(rule, text, starts, rules, defaultYear, candidates);
    }
    return joinDayRanges(text, longestFirst(candidates));
  }

  /**
   * Returns where a word or number begins: every rule starts with a letter or digit that no letter
   * or digit precedes, so matches can begin only there.
   */
  private static int[] wordStarts(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Adds the mentions of {@code rule}: what {@link Matcher#find()} would find, tried only at the
   * word starts whose first two characters can begin it ({@code rules}: the {@link
   * DateRule#candidates} of each start; a scan of every position cost a third of the pipeline).
   */
  private static void collect(
      DateRule rule,
      String text,
      int[] starts,
      int[] rules,
      int defaultYear,
      List<DateMention> out) {
    Matcher m = rule.matcher(text).useTransparentBounds(true);
    int bit = rule.bit();
    int from = 0;
    for (int k = 0; k < starts.length; k++) {
      int start = starts[k];
      if ((rules[k] & bit) != 0 && start >= from) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          rule.toMention(text, m, defaultYear).ifPresent(out::add);
          from = m.end();
        }
      }
    }
  }

  /** Keeps the longest of overlapping candidates (the earlier one on a tie), in text order. */
  private static List<DateMention> longestFirst(List<DateMention> candidates) {
    candidates.sort(
        Comparator.comparingInt((DateMention d) -> -d.span().length())
            .thenComparingInt(d -> d.span().start()));
    BitSet taken = new BitSet();
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : candidates) {
      TextSpan s = d.span();
      int firstTaken = taken.nextSetBit(s.start());
      if (firstTaken < 0 || firstTaken >= s.end()) {
        taken.set(s.start(), s.end());
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt(d -> d.span().start()));
    return kept;
  }

  /** Joins a DAY, a dash and a later DAY into one PERIOD of days. */
  private static List<DateMention> joinDayRanges(String text, List<DateMention> dates) {
    List<DateMention> out = new ArrayList<>(dates.size());
    int i = 0;
    while (i < dates.size()) {
      DateMention a = dates.get(i);
      DateMention b = i + 1 < dates.size() ? dates.get(i + 1) : null;
      if (b != null && isDayRange(text, a, b)) {
        TextSpan span = new TextSpan(a.span().start(), b.span().end());
        out.add(new DateMention(span.of(text), span, DateValue.period(a.date(), b.date())));
        i += 2;
      } else {
        out.add(a);
        i++;
      }
    }
    return out;
  }

  private static boolean isDayRange(String text, DateMention a, DateMention b) {
    return a.granularity() == Granularity.DAY
        && b.granularity() == Granularity.DAY
        && a.date().start().isBefore(b.date().start())
        && RANGE_DASH.matcher(text).region(a.span().end(), b.span().start()).matches();
  }
}
