package io.github.vanban.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Character error rate of a text against a reference transcript: the edit distance (insertions,
 * deletions, substitutions) between the two after NFC, case folding and collapsing white space,
 * divided by the reference's length.
 *
 * <p>The distance is computed in a diagonal band that doubles until it holds the answer, so similar
 * texts cost time proportional to their length times the distance. Stateless and thread-safe.
 */
public final class CharacterErrorRate {

  private CharacterErrorRate() {}

  /**
   * Returns the character error rate of {@code hypothesis} against {@code reference}.
   *
   * @return 0 for identical texts; may exceed 1 when the hypothesis is much longer
   */
  public static double of(String hypothesis, String reference) {
    String h = canonical(hypothesis);
    String r = canonical(reference);
    if (r.isEmpty()) {
      return h.isEmpty() ? 0 : 1;
    }
    return (double) distance(h, r) / r.length();
  }

  /** Returns the text as compared: NFC, lower case, runs of white space as one space, trimmed. */
  public static String canonical(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return nfc.replaceAll("\\s+", " ").strip();
  }

  /** Returns the Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    int lengthGap = Math.abs(a.length() - b.length());
    for (int band = Math.max(16, lengthGap); ; band *= 2) {
      int d = bandedDistance(a, b, band);
      if (d <= band || band >= Math.max(a.length(), b.length())) {
        return d;
      }
    }
  }

  /** Levenshtein distance restricted to |i - j| <= band; exact when the result is <= band. */
  private static int bandedDistance(String a, String b, int band) {
    int n = a.length();
    int m = b.length();
    int inf = Integer.MAX_VALUE / 2;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j <= band ? j : inf;
    }
    for (int i = 1; i <= n; i++) {
      Arrays.fill(cur, inf);
      int from = Math.max(1, i - band);
      int to = Math.min(m, i + band);
      if (i <= band) {
        cur[0] = i;
      }
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int best = prev[j - 1] + cost;
        best = Math.min(best, prev[j] + 1);
        best = Math.min(best, cur[j - 1] + 1);
        cur[j] = best;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], inf);
  }
}
