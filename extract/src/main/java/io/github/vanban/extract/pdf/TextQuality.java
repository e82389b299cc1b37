package io.github.vanban.extract.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measures how readable a page's text layer is: the share of its visible characters that are not
 * ASCII, Vietnamese letters, digits or ordinary punctuation. Legacy-font text that was not decoded
 * and fonts with broken maps score high.
 *
 * <p>Stateless and thread-safe.
 */
final class TextQuality {

  /** Pages whose share of unreadable characters is above this are garbled. */
  static final double GARBLED = 0.08;

  /** Pages with fewer visible characters than this are too short to judge. */
  static final int MIN_CHARS = 40;

  /** Pages whose share of impossible words is above this are scrambled. */
  static final double SCRAMBLED = 0.08;

  /** Pages with fewer words than this are too short to judge for scrambling. */
  static final int MIN_WORDS = 40;

  /** The most letters a Vietnamese syllable has ({@code nghiêng}), with a margin for loan words. */
  private static final int MAX_WORD_LETTERS = 9;

  /** Punctuation around a word. */
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  /** A word with separators inside: a code, a number, an address, judged by other means. */
  private static final Pattern SEPARATED = Pattern.compile("[/\\-.@:_&]");

  private static final String PUNCTUATION = ".,;:!?\"'()[]{}<>/\\-–—_+=*&%$#@^|~`“”‘’…•·§№°×÷≤≥±€";

  /** The letters beyond ASCII that Vietnamese uses outside the Latin Extended Additional block. */
  private static final String VIETNAMESE_LETTERS = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";

  private TextQuality() {}

  /** Returns the share of unreadable characters in {@code text}, from 0 to 1. */
  static double garbledShare(String text) {
    int visible = 0;
    int bad = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      visible++;
      if (!readable(cp)) {
        bad++;
      }
    }
    return visible == 0 ? 0 : (double) bad / visible;
  }

  /** Returns true when the text is long enough to judge and reads as garbage. */
  static boolean garbled(String text) {
    return text.replaceAll("\\s+", "").length() >= MIN_CHARS && garbledShare(text) > GARBLED;
  }

  /**
   * Returns the share of words in {@code text} that no Vietnamese text holds: a lower-case letter
   * followed by capitals and lower case again ({@code qOHđ}), letters on both sides of digits
   * without a separator ({@code B7u}), or more than {@value #MAX_WORD_LETTERS} letters in a word
   * that is not all capitals. A text layer whose glyphs were written in no reading order (each
   * glyph placed on its own) reads as such words, though every character is readable.
   */
  static double scrambledShare(String text) {
    int[] counts = wordCounts(text);
    return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
  }

  /** Returns true when the text has enough words to judge and most do not read as words. */
  static boolean scrambled(String text) {
    int[] counts = wordCounts(text);
    return counts[0] >= MIN_WORDS && (double) counts[1] / counts[0] > SCRAMBLED;
  }

  /** Counts the words of {@code text} and the impossible ones among them, in one pass. */
  private static int[] wordCounts(String text) {
    int words = 0;
    int bad = 0;
    for (String token : text.split("\\s+")) {
      String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (impossibleWord(word)) {
        bad++;
      }
    }
    return new int[] {words, bad};
  }

  private static boolean impossibleWord(String word) {
    if (SEPARATED.matcher(word).find()) {
      return false;
    }
    boolean lower = false;
    boolean upperAfterLower = false;
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          if (upperAfterLower) {
            return true;
          }
          lower = true;
        } else if (lower) {
          upperAfterLower = true;
        }
      } else if (Character.isDigit(c)
          && letters > 0
          && i + 1 < word.length()
          && Character.isLetter(word.charAt(i + 1))) {
        return true;
      }
    }
    return letters > MAX_WORD_LETTERS && !word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean readable(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20;
    }
    if (Character.isLetter(cp)) {
      return VIETNAMESE_LETTERS.indexOf(cp) >= 0 || (cp >= 0x1EA0 && cp <= 0x1EF9);
    }
    return Character.isDigit(cp) || PUNCTUATION.indexOf(cp) >= 0;
  }
}
