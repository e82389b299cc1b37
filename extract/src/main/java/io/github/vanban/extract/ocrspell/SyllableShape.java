package io.github.vanban.extract.ocrspell;

import io.github.vanban.core.text.SyllableSpelling;
import io.github.vanban.core.text.TonePlacement;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Tells whether a lower-case word is a possible Vietnamese syllable, and strips a word down to the
 * letters its marks sit on.
 *
 * <p>A syllable is an optional initial consonant, a vowel group Vietnamese spelling allows, an
 * optional final consonant where the group takes one, and at most one tone mark on the vowel that
 * carries it (old or new placement). A syllable ending in a stop ({@code c}, {@code ch}, {@code p},
 * {@code t}) carries the sắc or nặng tone only, so {@code nhât} and {@code quyêt} are not
 * syllables; nor is a word with a letter or mark outside Vietnamese ({@code cäi}), {@code c} or
 * {@code g} spelled where {@code k} or {@code gh} belongs, or an impossible vowel group ({@code
 * quyét}). Stateless and thread-safe.
 */
final class SyllableShape {

  private static final Set<String> STOPS = Set.of("c", "ch", "p", "t");

  private static final String BASE_LETTERS = "abcdđeghiklmnopqrstuvxy";
  private static final String MARKED_VOWELS = "ăâêôơư";
  private static final String FRONT_VOWELS = "eêi";
  private static final char ACUTE = '\u0301';
  private static final char DOT_BELOW = '\u0323';
  private static final int NO_TONE = -1;

  private SyllableShape() {}

  /**
   * Returns {@code word} without any mark: tones, circumflex, breve, horn and foreign marks
   * dropped, {@code đ} written {@code d} ({@code quyết}, {@code quyét} and {@code quyet} all give
   * {@code quyet}).
   */
  static String skeleton(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
      }
    }
    return out.toString();
  }

  /** Returns true if {@code word} (lower case, NFC) has a mark or a letter outside ASCII. */
  static boolean hasMarks(String word) {
    return word.chars().anyMatch(c -> c > 0x7f);
  }

  /** Returns true if {@code word} (lower case, NFC) is a possible Vietnamese syllable. */
  static boolean isValid(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(decomposed.length());
    char tone = 0;
    int toneAt = NO_TONE;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isTone(c)) {
        if (tone != 0 || letters.isEmpty()) {
          return false;
        }
        tone = c;
        toneAt = letters.length() - 1;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (letters.isEmpty() || !attach(letters, c)) {
          return false;
        }
      } else if (BASE_LETTERS.indexOf(c) >= 0) {
        letters.append(c);
      } else {
        return false;
      }
    }
    Matcher m = SyllableSpelling.parts(letters);
    return m.matches() && isValidSyllable(m, tone, toneAt);
  }

  /** Puts circumflex, breve or horn {@code mark} on the last letter; false where none fits. */
  private static boolean attach(StringBuilder letters, char mark) {
    int last = letters.length() - 1;
    String marked =
        Normalizer.normalize(letters.charAt(last) + String.valueOf(mark), Normalizer.Form.NFC);
    if (marked.length() != 1 || MARKED_VOWELS.indexOf(marked.charAt(0)) < 0) {
      return false;
    }
    letters.setCharAt(last, marked.charAt(0));
    return true;
  }

  private static boolean isValidSyllable(Matcher m, char tone, int toneAt) {
    String onset = m.group(1) == null ? "" : m.group(1);
    String vowels = m.group(2);
    String coda = m.group(3);
    if ((onset.equals("gi") && vowels.startsWith("i"))
        || (onset.equals("qu") && vowels.startsWith("u"))
        || !onsetFits(onset, vowels.charAt(0))) {
      return false;
    }
    if (coda != null && STOPS.contains(coda) && tone != ACUTE && tone != DOT_BELOW) {
      return false;
    }
    if (onset.equals("qu") && vowels.equals("y") && tone != 0 && toneAt == 1) {
      return true; // the old placement qúy
    }
    boolean spelled = SyllableSpelling.rhymeSpelled(vowels, coda != null);
    return spelled
        && (tone == 0 || TonePlacement.carriesTone(vowels, toneAt - onset.length(), coda != null));
  }

  /** Spelling of the velars: k, gh, ngh before e, ê, i (and y for k); c, g, ng elsewhere. */
  private static boolean onsetFits(String onset, char vowel) {
    boolean front = FRONT_VOWELS.indexOf(vowel) >= 0;
    return switch (onset) {
      case "k" -> front || vowel == 'y';
      case "gh", "ngh" -> front;
      case "c" -> !front && vowel != 'y';
      case "ng" -> !front;
      case "g" -> vowel != 'e' && vowel != 'ê';
      default -> true;
    };
  }

  private static boolean isTone(char c) {
    return c == '\u0300' || c == ACUTE || c == '\u0303' || c == '\u0309' || c == DOT_BELOW;
  }
}
