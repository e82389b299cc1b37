package io.github.vanban.extract.legacy;

import io.github.vanban.core.text.SyllableSpelling;
import io.github.vanban.core.text.TonePlacement;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Tells whether a word is spelled like one Vietnamese syllable: an optional initial consonant, a
 * vowel group that Vietnamese spelling allows, an optional final consonant where the vowel group
 * takes one, and at most one tone mark, placed on the vowel that carries it (old or new style).
 *
 * <p>The check is structural and slightly permissive (it does not know which syllables are real
 * words); it is what separates correctly decoded text from text read through the wrong table.
 * Stateless and thread-safe.
 */
final class VietnameseSyllable {

  private static final int NO_TONE = -1;

  private VietnameseSyllable() {}

  /** Returns true if {@code word} (letters only, any case) is spelled like a syllable. */
  static boolean isValid(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(decomposed.length());
    int tone = NO_TONE;
    int letters = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isTone(c)) {
        if (tone != NO_TONE) {
          return false;
        }
        tone = letters - 1;
      } else {
        letters += Character.getType(c) == Character.NON_SPACING_MARK ? 0 : 1;
        base.append(c);
      }
    }
    String letterString = Normalizer.normalize(base, Normalizer.Form.NFC);
    Matcher m = SyllableSpelling.parts(letterString);
    return letterString.length() == letters && m.matches() && isValidRhyme(m, tone);
  }

  private static boolean isValidRhyme(Matcher m, int tone) {
    String onset = m.group(1) == null ? "" : m.group(1);
    String vowels = m.group(2);
    boolean coda = m.group(3) != null;
    if ((onset.equals("gi") && vowels.startsWith("i"))
        || (onset.equals("qu") && vowels.startsWith("u"))) {
      return false;
    }
    if (onset.equals("qu") && vowels.equals("y") && tone == 1) {
      return true; // the old placement qúy
    }
    boolean spelled = SyllableSpelling.rhymeSpelled(vowels, coda);
    return spelled
        && (tone == NO_TONE || TonePlacement.carriesTone(vowels, tone - onset.length(), coda));
  }

  private static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
