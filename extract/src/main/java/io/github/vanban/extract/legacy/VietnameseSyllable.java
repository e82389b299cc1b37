package io.github.vanban.extract.legacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a word is spelled like one Vietnamese syllable: an optional initial consonant, a
 * vowel group that Vietnamese spelling allows, an optional final consonant where the vowel group
 * takes one, and at most one tone mark.
 *
 * <p>The check is structural and slightly permissive (it does not know which syllables are real
 * words); it is what separates correctly decoded text from text read through the wrong table.
 * Stateless and thread-safe.
 */
final class VietnameseSyllable {

  private static final String ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?";
  private static final String CODA = "(?:ch|ng|nh|[cmnpt])";
  private static final String NEEDS_CODA = "(?:uyê|iê|yê|uô|ươ|oă|uâ|[ăâ])" + CODA;
  private static final String MAY_HAVE_CODA = "(?:oa|oe|uê|uy|oo|[aeêioôơuưy])" + CODA + "?";
  private static final String OPEN =
      "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu"
          + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu)";
  private static final Pattern SYLLABLE =
      Pattern.compile(ONSET + "(?:" + NEEDS_CODA + "|" + MAY_HAVE_CODA + "|" + OPEN + ")");

  private VietnameseSyllable() {}

  /** Returns true if {@code word} (letters only, any case) is spelled like a syllable. */
  static boolean isValid(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(decomposed.length());
    int tones = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isTone(c)) {
        tones++;
      } else {
        base.append(c);
      }
    }
    if (tones > 1 || base.length() > 8) {
      return false;
    }
    return SYLLABLE.matcher(Normalizer.normalize(base, Normalizer.Form.NFC)).matches();
  }

  private static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
