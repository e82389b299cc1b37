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
    char[] lower = new char[text.length()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(text.charAt(i));
    }
    return TonePlacement.toNew(new String(lower));
  }
}
