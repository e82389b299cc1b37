package io.github.vanban.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Character error rate of a text against a reference transcript: both are normalised (NFC,
 * lower-cased, every run of white space made one space, trimmed), then the Levenshtein distance
 * over characters is divided by the reference's length.
 *
 * <p>The distance uses Myers' bit-parallel algorithm in Hyyrö's blocked form, so whole documents
 * (tens of thousands of characters) compare in well under a second. Stateless and thread-safe.
 */
public final class CharacterErrorRate {

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private CharacterErrorRate() {}

  /**
   * Returns the character error rate of {@code text} against {@code reference}.
   *
   * @param text the text to score, such as OCR output
   * @param reference the correct text
   * @return the edit distance over the reference's length after {@link #normalize(String)}; 0 is
   *     perfect, may exceed 1
   */
  public static double of(String text, String reference) {
    String ref = normalize(reference);
    String hyp = normalize(text);
    if (ref.isEmpty()) {
      return hyp.isEmpty() ? 0 : 1;
    }
    return (double) distance(hyp, ref) / ref.length();
  }

  /**
   * Returns the text as it is compared: NFC, lower case, white space collapsed and trimmed.
   *
   * @param text the text to normalise
   * @return the comparable form of {@code text}
   */
  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return WHITE_SPACE.matcher(nfc).replaceAll(" ").strip();
  }

  /**
   * Returns the Levenshtein distance between {@code a} and {@code b} (unit costs).
   *
   * @param a one string
   * @param b another string
   * @return the fewest single-character insertions, deletions and substitutions from {@code a} to
   *     {@code b}
   */
  public static int distance(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Math.max(a.length(), b.length());
    }
    String pattern = a.length() <= b.length() ? a : b;
    String text = pattern == a ? b : a;
    int m = pattern.length();
    int blocks = (m + 63) / 64;
    Map<Character, long[]> peq = matchVectors(pattern, blocks);
    long[] pv = new long[blocks];
    long[] mv = new long[blocks];
    Arrays.fill(pv, -1L);
    long lastBit = 1L << ((m - 1) % 64);
    long[] none = new long[blocks];
    int score = m;
    for (int j = 0; j < text.length(); j++) {
      long[] eqs = peq.getOrDefault(text.charAt(j), none);
      int carry = 1;
      for (int block = 0; block < blocks; block++) {
        long high = block == blocks - 1 ? lastBit : Long.MIN_VALUE;
        carry = advance(block, eqs[block], carry, high, pv, mv);
      }
      score += carry;
    }
    return score;
  }

  private static Map<Character, long[]> matchVectors(String pattern, int blocks) {
    Map<Character, long[]> peq = new HashMap<>();
    for (int i = 0; i < pattern.length(); i++) {
      long[] v = peq.computeIfAbsent(pattern.charAt(i), c -> new long[blocks]);
      v[i / 64] |= 1L << (i % 64);
    }
    return peq;
  }

  /** One column step of one 64-row block; returns the horizontal delta leaving its last row. */
  private static int advance(int b, long eq, int carryIn, long high, long[] pv, long[] mv) {
    long p = pv[b];
    long n = mv[b];
    long xv = eq | n;
    if (carryIn < 0) {
      eq |= 1L;
    }
    long xh = (((eq & p) + p) ^ p) | eq;
    long ph = n | ~(xh | p);
    long mh = p & xh;
    int carryOut = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carryIn < 0) {
      mh |= 1L;
    } else if (carryIn > 0) {
      ph |= 1L;
    }
    pv[b] = mh | ~(xv | ph);
    mv[b] = ph & xv;
    return carryOut;
  }
}
