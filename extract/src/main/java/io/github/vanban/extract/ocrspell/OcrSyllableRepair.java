package io.github.vanban.extract.ocrspell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts back the Vietnamese tone and vowel marks that OCR misreads, in text read by OCR only.
 *
 * <p>Each word (a run of letters) is compared with the syllables that differ from it only in their
 * marks (tone, circumflex, breve, horn, {@code đ}) and that administrative text contains (see
 * {@link SyllableCounts}). Candidates are ranked by a bigram model of that text with the word's
 * neighbours (the words before and after it with only spaces or one line break between):
 *
 * <ol>
 *   <li>a word with marks that is not a possible syllable ({@code nhât}, {@code QUYÉT}, {@code
 *       cäi}; see {@link SyllableShape}) becomes the best candidate;
 *   <li>a possible syllable, or a word without any mark ({@code QUYET}, but also an acronym such as
 *       {@code VAT} or a foreign word), becomes a candidate only when the word forms no pair with
 *       its neighbours that the counts hold, the candidate forms a pair with a neighbour seen at
 *       least {@link #MIN_PAIR} times, and the model prefers it by at least {@link #MARGIN}
 *       (natural log), so a correct word standing where its variant is merely more frequent is kept
 *       ({@code đây mạnh} becomes {@code đẩy mạnh}; {@code ở đây} stays).
 * </ol>
 *
 * <p>Two passes run, the second seeing the first's repairs; then two neighbours that form no known
 * pair may be replaced together by two variants that do ({@code tình thân} becomes {@code tinh
 * thần}), by a wider margin. Case is kept (lower, title, capitals); words in mixed case, or glued
 * to a digit, a slash, or a dot followed by a letter (codes, addresses) are left alone. Immutable
 * and thread-safe.
 */
public final class OcrSyllableRepair {

  /**
   * How much more likely (natural log of the ratio) the bigram model must find a candidate than a
   * possible syllable that OCR read, chosen on held-out text (docs/EXTRACTION.md).
   */
  static final double MARGIN = 8.0;

  /** How often a candidate must be seen beside a neighbour to replace a possible syllable. */
  static final int MIN_PAIR = 3;

  /**
   * What two words replaced together must gain beyond {@link #MARGIN}: a pair of variants finds a
   * known pair far more often by chance than one variant does.
   */
  static final double PAIR_MARGIN = 4.0;

  /** Smoothing weight of the unigram model inside the bigram model (Dirichlet prior). */
  private static final double PRIOR_WEIGHT = 20.0;

  private static final int PASSES = 2;
  private static final OcrSyllableRepair STANDARD =
      new OcrSyllableRepair(SyllableCounts.standard(), MARGIN, MIN_PAIR);

  private final SyllableCounts counts;
  private final double margin;
  private final int minPair;

  OcrSyllableRepair(SyllableCounts counts, double margin, int minPair) {
    this.counts = counts;
    this.margin = margin;
    this.minPair = minPair;
  }

  /**
   * Returns {@code text} with the misread syllables the class describes replaced.
   *
   * @param text NFC text read by OCR
   * @return the repaired text; {@code text} itself when nothing is replaced
   */
  public static String repair(String text) {
    return STANDARD.apply(text);
  }

  /** Returns {@code text} repaired with this instance's counts and thresholds. */
  String apply(String text) {
    List<Word> words = words(text);
    if (words.isEmpty()) {
      return text;
    }
    String[] keys = new String[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = SyllableCounts.key(words.get(i).text().toLowerCase(Locale.ROOT));
    }
    boolean changed = false;
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < keys.length; i++) {
        Word w = words.get(i);
        if (!w.repairable()) {
          continue;
        }
        String left = w.joinedLeft() ? known(keys[i - 1]) : null;
        String right =
            i + 1 < keys.length && words.get(i + 1).joinedLeft() ? known(keys[i + 1]) : null;
        String chosen = choose(keys[i], left, right);
        if (!chosen.equals(keys[i])) {
          keys[i] = chosen;
          changed = true;
        }
      }
    }
    for (int i = 0; i + 1 < keys.length; i++) {
      changed |= choosePair(words, keys, i);
    }
    return changed ? rebuild(text, words, keys) : text;
  }

  /**
   * Replaces the words at {@code i} and {@code i + 1} together when neither forms a known pair with
   * its neighbours and two variants do ({@code tình thân Nghị} becomes {@code tinh thần Nghị}), by
   * the margin plus {@link #PAIR_MARGIN}.
   */
  private boolean choosePair(List<Word> words, String[] keys, int i) {
    Word first = words.get(i);
    Word second = words.get(i + 1);
    if (!first.repairable()
        || !second.repairable()
        || !second.joinedLeft()
        || counts.count(keys[i], keys[i + 1]) > 0) {
      return false;
    }
    String left = first.joinedLeft() ? known(keys[i - 1]) : null;
    String right = i + 2 < keys.length && words.get(i + 2).joinedLeft() ? known(keys[i + 2]) : null;
    if (left != null && counts.count(left, keys[i]) > 0
        || right != null && counts.count(keys[i + 1], right) > 0) {
      return false;
    }
    double original = pairScore(left, keys[i], keys[i + 1], right);
    String[] best = null;
    double bestScore = original + margin + PAIR_MARGIN;
    for (String a : counts.variants(SyllableShape.skeleton(keys[i]))) {
      for (String b : counts.variants(SyllableShape.skeleton(keys[i + 1]))) {
        double s = counts.count(a, b) >= minPair ? pairScore(left, a, b, right) : bestScore;
        if (s > bestScore) {
          best = new String[] {a, b};
          bestScore = s;
        }
      }
    }
    if (best == null) {
      return false;
    }
    keys[i] = best[0];
    keys[i + 1] = best[1];
    return true;
  }

  private double pairScore(String left, String a, String b, String right) {
    return follow(left, a) + follow(a, b) + (right == null ? 0 : follow(b, right));
  }

  private String choose(String word, String left, String right) {
    List<String> variants = counts.variants(SyllableShape.skeleton(word));
    if (variants.isEmpty() || variants.size() == 1 && variants.get(0).equals(word)) {
      return word;
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String v : variants) {
      double s = score(v, left, right);
      if (s > bestScore) {
        best = v;
        bestScore = s;
      }
    }
    if (best.equals(word)) {
      return word;
    }
    int pair =
        Math.max(
            left == null ? 0 : counts.count(left, best),
            right == null ? 0 : counts.count(best, right));
    if (!SyllableShape.isValid(word) && SyllableShape.hasMarks(word)) {
      return best;
    }
    boolean paired =
        left != null && counts.count(left, word) > 0
            || right != null && counts.count(word, right) > 0;
    return !paired && pair >= minPair && bestScore - score(word, left, right) >= margin
        ? best
        : word;
  }

  /** Log-probability of {@code c} between its neighbours under the smoothed bigram model. */
  private double score(String c, String left, String right) {
    return follow(left, c) + (right == null ? 0 : follow(c, right));
  }

  /** Log-probability of {@code c} after {@code previous} (of {@code c} alone without one). */
  private double follow(String previous, String c) {
    return previous == null
        ? Math.log(prior(c))
        : Math.log(
            (counts.count(previous, c) + PRIOR_WEIGHT * prior(c))
                / (counts.count(previous) + PRIOR_WEIGHT));
  }

  private double prior(String c) {
    return (counts.count(c) + 0.1) / (counts.total() + 0.1 * counts.distinct());
  }

  /** Returns {@code key} if the counts know it (a neighbour they never saw tells nothing). */
  private String known(String key) {
    return counts.count(key) > 0 ? key : null;
  }

  private static String rebuild(String text, List<Word> words, String[] keys) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int i = 0; i < keys.length; i++) {
      Word w = words.get(i);
      out.append(text, at, w.start());
      String original = w.text();
      boolean same = SyllableCounts.key(original.toLowerCase(Locale.ROOT)).equals(keys[i]);
      out.append(same ? original : w.casing().apply(keys[i]));
      at = w.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** Cuts {@code text} into runs of letters (with their marks). */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int previousEnd = -1;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      boolean joined = previousEnd >= 0 && onlySpace(text, previousEnd, start);
      words.add(new Word(start, i, word, joined, Casing.of(word), glued(text, start, i)));
      previousEnd = i;
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Spaces and at most one line break between {@code from} and {@code to}. */
  private static boolean onlySpace(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return breaks <= 1;
  }

  /** A word glued to a digit, slash, underscore, at sign, or a dot that a letter follows. */
  private static boolean glued(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
    return isCode(before)
        || isCode(after)
        || before == '.' && start > 1 && Character.isLetter(text.charAt(start - 2))
        || after == '.' && Character.isLetter(afterNext);
  }

  private static boolean isCode(char c) {
    return Character.isDigit(c) || c == '/' || c == '_' || c == '@' || c == '\\';
  }

  /** How a word is written: all lower case, a capital then lower case, all capitals, or mixed. */
  private enum Casing {
    /** Every letter lower case. */
    LOWER,
    /** The first letter a capital, the others lower case. */
    TITLE,
    /** Every letter a capital (a word of two or more letters). */
    UPPER,
    /** Any other mixture; never repaired. */
    MIXED;

    static Casing of(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.equals(lower)) {
        return LOWER;
      }
      if (word.equals(word.toUpperCase(Locale.ROOT))) {
        return word.length() > 1 ? UPPER : TITLE;
      }
      boolean title =
          Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(lower.substring(1));
      return title ? TITLE : MIXED;
    }

    String apply(String lower) {
      return switch (this) {
        case UPPER -> lower.toUpperCase(Locale.ROOT);
        case TITLE -> lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        default -> lower;
      };
    }
  }

  /** One run of letters and what decides whether and how it may be repaired. */
  private record Word(
      int start, int end, String text, boolean joinedLeft, Casing casing, boolean glued) {

    boolean repairable() {
      return casing != Casing.MIXED && !glued;
    }
  }
}
