package io.github.vanban.extract.pdf;

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
