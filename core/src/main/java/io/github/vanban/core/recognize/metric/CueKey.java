package io.github.vanban.core.recognize.metric;

/**
 * The matching key of a text: lower case, with the old tone placement ({@code hoà}, {@code thuỷ})
 * rewritten to the new one ({@code hòa}, {@code thủy}). The key has the same length as the text, so
 * offsets into one are offsets into the other. Stateless and thread-safe.
 */
final class CueKey {

  /** Vowel pairs with the tone on the first vowel (old style) and their new-style spelling. */
  private static final String OLD = "oàoáoảoãoạoèoéoẻoẽoẹuỳuýuỷuỹuỵ";

  private static final String NEW = "òaóaỏaõaọaòeóeỏeõeọeùyúyủyũyụy";

  private CueKey() {}

  /** Returns the key of {@code text}; expects NFC text. */
  static String of(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(text.charAt(i));
    }
    for (int i = 0; i + 1 < out.length; i++) {
      // Every second vowel of OLD lies at U+00E0 or above: most pairs are rejected at once.
      boolean candidate = (out[i] == 'o' || out[i] == 'u') && out[i + 1] >= '\u00E0';
      if (candidate && (i + 2 >= out.length || !Character.isLetter(out[i + 2]))) {
        int k = pair(out[i], out[i + 1]);
        if (k >= 0) {
          out[i] = NEW.charAt(k);
          out[i + 1] = NEW.charAt(k + 1);
        }
      }
    }
    return new String(out);
  }

  private static int pair(char first, char second) {
    for (int k = 0; k < OLD.length(); k += 2) {
      if (OLD.charAt(k) == first && OLD.charAt(k + 1) == second) {
        return k;
      }
    }
    return -1;
  }
}
