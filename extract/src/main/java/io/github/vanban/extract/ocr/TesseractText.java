package io.github.vanban.extract.ocr;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Tidies one word Tesseract read: NFC, and a {@code §} within a number is the {@code 8} it misreads
 * ({@code 36§-CV/BPTT}, {@code §.079,5}), Vietnamese documents using no section sign.
 *
 * <p>Stateless and thread-safe.
 */
final class TesseractText {

  private static final Pattern MISREAD_EIGHT = Pattern.compile("(?<=\\d)§|§(?=[.,]?\\d)");

  private TesseractText() {}

  /** Returns {@code raw} tidied as the class describes. */
  static String word(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    return MISREAD_EIGHT.matcher(text).replaceAll("8");
  }
}
