package io.github.vanban.core.recognize.date;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans back over the capitalised words of a place name ({@code Quảng Ninh}, {@code TP. Hồ Chí
 * Minh}, {@code Thành phố Hạ Long}) that end at a given offset. Stateless and thread-safe.
 */
final class PlaceWords {

  /** An abbreviation before a place name: {@code TP.}, {@code TX.}. */
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{1,3}\\.");

  /**
   * A word of a place name, maybe after opening markup ({@code *Quảng}, group 1) or glued to its
   * abbreviation ({@code TP.Cần}); group 2 the word itself.
   */
  private static final Pattern WORD =
      Pattern.compile("([*_(\\[\"']{0,3})(?:\\p{Lu}{1,3}\\.)?(\\p{L}+(?:-\\p{L}+)?)");

  private PlaceWords() {}

  /**
   * Returns where the place name ending at {@code end} starts, or {@code end} when the words before
   * are not a place: a place starts and ends with a capitalised word that is not all capitals (an
   * abbreviation ending with a dot, such as {@code TP.}, may start it), has at most {@link
   * IssueDateLocator#MAX_PLACE_WORDS} words, and is preceded by white space or the sentence start.
   */
  static int startBefore(String text, int end, int floor) {
    int start = end;
    int i = end;
    for (int words = 0; words < IssueDateLocator.MAX_PLACE_WORDS; words++) {
      int wordStart = i;
      while (wordStart > floor && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      int letters = wordStart == i ? -1 : placeWordStart(text.substring(wordStart, i), words == 0);
      if (letters < 0) {
        break;
      }
      if (Character.isUpperCase(text.charAt(wordStart + letters))) {
        start = wordStart + letters;
      }
      i = wordStart;
      while (i > floor && text.charAt(i - 1) == ' ') {
        i--;
      }
      if (letters > 0 || i == wordStart) {
        break;
      }
    }
    return start;
  }

  /**
   * Returns where the place word starts inside {@code word} (after opening markup such as {@code
   * *}), or -1 when it is not a place word.
   */
  private static int placeWordStart(String word, boolean last) {
    if (ABBREVIATION.matcher(word).matches()) {
      return last ? -1 : 0;
    }
    Matcher m = WORD.matcher(word);
    if (!m.matches()) {
      return -1;
    }
    String letters = m.group(2);
    boolean allCaps = letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
    boolean ok = !allCaps && (Character.isUpperCase(letters.charAt(0)) || !last);
    return ok ? m.end(1) : -1;
  }
}
