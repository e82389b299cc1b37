package io.github.vanban.extract.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * Tells a white (or near-white) colour: every RGB channel above {@value #MIN_CHANNEL}. Stateless
 * and thread-safe.
 */
final class WhiteColor {

  /** A channel above this value (of 255) is white enough to be unseen on paper. */
  static final int MIN_CHANNEL = 240;

  private WhiteColor() {}

  /** Returns true for a white colour; patterns and broken colour spaces are not white. */
  static boolean is(PDColor color) {
    if (color == null || color.getColorSpace() == null) {
      return false;
    }
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xFF) > MIN_CHANNEL
          && ((rgb >> 8) & 0xFF) > MIN_CHANNEL
          && (rgb & 0xFF) > MIN_CHANNEL;
    } catch (IOException | RuntimeException e) {
      // Patterns and broken colour spaces have no single colour.
      return false;
    }
  }
}
