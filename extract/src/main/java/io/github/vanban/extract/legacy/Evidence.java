package io.github.vanban.extract.legacy;

/**
 * What one word says about whether its text is in a legacy encoding, and how strongly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param legacy weight for "legacy-encoded": the word is no Vietnamese syllable as it stands but
 *     becomes one when decoded
 * @param unicode weight for "already Unicode": the word holds Vietnamese letters beyond Latin-1, or
 *     is a syllable as it stands but not when decoded
 * @param candidates words holding code points the encoding maps (and no letter beyond Latin-1)
 * @param hits those of the candidates that count for "legacy-encoded"
 */
record Evidence(int legacy, int unicode, int candidates, int hits) {

  /** No evidence either way. */
  static final Evidence NONE = new Evidence(0, 0, 0, 0);

  private static final int STRONG = 2;
  private static final int WEAK = 1;

  /** The evidence of a word holding a letter beyond Latin-1: it is already Unicode. */
  static final Evidence BEYOND_LATIN1 = new Evidence(0, STRONG, 0, 0);

  /** Weighs one word (a run of letters and Latin-1 symbols) for {@code encoding}. */
  static Evidence of(String word, LegacyEncoding encoding) {
    boolean mapped = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0xFF && Character.isLetter(c)) {
        return BEYOND_LATIN1;
      }
      mapped |= LegacyCodec.isMapped(c, encoding);
    }
    if (!mapped) {
      return NONE;
    }
    boolean asIs = VietnameseSyllable.isValid(word);
    boolean decoded = VietnameseSyllable.isValid(LegacyCodec.decode(word, encoding));
    if (decoded && !asIs) {
      int weight = legacyWeight(word);
      return new Evidence(weight, 0, 1, weight > 0 ? 1 : 0);
    }
    return new Evidence(0, asIs && !decoded ? STRONG : 0, 1, 0);
  }

  /** Returns the sum of this and {@code other}. */
  Evidence plus(Evidence other) {
    return new Evidence(
        legacy + other.legacy,
        unicode + other.unicode,
        candidates + other.candidates,
        hits + other.hits);
  }

  /**
   * Returns true if the legacy reading wins clearly: two words at least, one of them strong, more
   * weight than the Unicode reading, and at least half the candidate words decode to syllables
   * (text in another 8-bit code page read through a legacy table gives a few syllables by chance,
   * not half).
   */
  boolean favoursLegacy() {
    return legacy >= STRONG + WEAK && legacy > unicode && 2 * hits >= candidates;
  }

  /** Returns true if the Unicode reading wins. */
  boolean favoursUnicode() {
    return unicode > 0 && unicode >= legacy;
  }

  /**
   * A word mixing ASCII letters with legacy code points is strong evidence; a lone Latin-1 letter
   * (TCVN3 {@code ë} = ở) is weak; a lone symbol ({@code ·}, {@code ©}) is none, as such symbols
   * also stand alone in Unicode text.
   */
  private static int legacyWeight(String word) {
    if (hasAsciiLetter(word)) {
      return STRONG;
    }
    return word.length() == 1 && !Character.isLetter(word.charAt(0)) ? 0 : WEAK;
  }

  private static boolean hasAsciiLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }
}
