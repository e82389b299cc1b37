package io.github.vanban.core.recognize.date;

/**
 * Scans back over the capitalised words of a place name ({@code Quảng Ninh}, {@code TP. Hồ Chí
 * Minh}, {@code Thành phố Hạ Long}) that end at a given offset. Stateless and thread-safe.
 */
final class PlaceWords {

  private PlaceWords() {}

  /**
   * Returns where the place name ending at {@code end} starts, or {@code end} when the words before
   * are not a place: a place starts and ends with a capitalised word that is not all capitals (an
   * abbreviation ending with a dot, such as {@code TP.}, may start it), has at most {@link
   * IssueDateLocator#MAX_PLACE_WORDS} words, and is preceded by white space or the sentence start.
   */
  static int startBefore(String text, int end, int floor) {
    int start = end;
    int words = 0;
    int i = end;
    while (words < IssueDateLocator.MAX_PLACE_WORDS) {
      int wordEnd = i;
      int wordStart = wordEnd;
      while (wordStart > floor && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd || !isPlaceWord(text.substring(wordStart, wordEnd), words == 0)) {
        break;
      }
      words++;
      if (Character.isUpperCase(text.charAt(wordStart))) {
        start = wordStart;
      }
      i = wordStart;
      while (i > floor && text.charAt(i - 1) == ' ') {
        i--;
      }
      if (i == wordStart) {
        break;
      }
    }
    return start;
  }

  private static boolean isPlaceWord(String word, boolean last) {
    if (word.endsWith(".") && word.length() <= 4 && Character.isUpperCase(word.charAt(0))) {
      return !last;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetter(c) && !(c == '-' && k > 0 && k < word.length() - 1)) {
        return false;
      }
    }
    boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    return !allCaps && (Character.isUpperCase(word.charAt(0)) || !last);
  }
}
