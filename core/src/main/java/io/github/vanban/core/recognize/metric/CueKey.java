package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.text.TonePlacement;

/**
 * The matching key of a text: lower case, with the old tone placement ({@code hoà}, {@code thuỷ})
 * rewritten to the new one ({@code hòa}, {@code thủy}) by {@link TonePlacement#toNew}. The key has
 * the same length as the text, so offsets into one are offsets into the other. Stateless and
 * thread-safe.
 */
final class CueKey {

  private CueKey() {}

  /** Returns the key of {@code text}; expects NFC text. */
  static String of(String text) {
    char[] lower = text.toCharArray();
    for (int i = 0; i < lower.length; i++) {
      char c = lower[i];
      // ASCII, most of a Vietnamese text, without the Unicode tables: the same lower case.
      if (c >= 'A' && c <= 'Z') {
        lower[i] = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        lower[i] = Character.toLowerCase(c);
      }
    }
    return TonePlacement.toNew(new String(lower));
  }
}
