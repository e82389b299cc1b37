package io.github.vanban.core.recognize.figure;

import static io.github.vanban.core.text.WordCharacters.wordCharAt;

/** Small, bounded character tests over a text, shared by the figure recognisers. */
final class Texts {

  private Texts() {}

  /** Returns whether {@code i} lies at a word start: the character before is no word character. */
  static boolean boundaryBefore(CharSequence text, int i) {
    return !wordCharAt(text, i - 1);
  }

  /**
   * Returns whether {@code word} is written at {@code start} in any case and is followed by a word
   * boundary.
   */
  static boolean wordAt(CharSequence text, int start, String word) {
    return regionAt(text, start, word) && !wordCharAt(text, start + word.length());
  }

  /** Returns whether {@code word} is written at {@code start}, ignoring case. */
  static boolean regionAt(CharSequence text, int start, String word) {
    int end = start + word.length();
    if (start < 0 || end > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (!sameLetter(text.charAt(start + k), word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether {@code word} ends exactly at {@code end} and starts at a word boundary. */
  static boolean wordEndsAt(CharSequence text, int end, String word) {
    int start = end - word.length();
    return regionAt(text, start, word) && boundaryBefore(text, start);
  }

  static boolean sameLetter(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  /** Skips at most {@code max} spaces (not line breaks) from {@code i}. */
  static int skipSpaces(CharSequence text, int i, int max) {
    int j = i;
    while (j < text.length() && j - i < max && text.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  /** Moves back from {@code i} over at most {@code max} spaces (not line breaks). */
  static int backSpaces(CharSequence text, int i, int max) {
    int j = i;
    while (j > 0 && i - j < max && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  /** Returns whether the character at {@code i} is one of {@code chars}; false outside. */
  static boolean charIn(CharSequence text, int i, String chars) {
    return i >= 0 && i < text.length() && chars.indexOf(text.charAt(i)) >= 0;
  }

  /** Returns whether the character at {@code i} is a dash used between the ends of a range. */
  static boolean dashAt(CharSequence text, int i) {
    return charIn(text, i, "-\u2013\u2014");
  }
}
