package io.github.vanban.extract.ocr;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Tidies the text Tesseract prints: NFC, no form feed, no trailing spaces, paragraphs separated by
 * exactly one blank line, no leading or trailing blank lines; a {@code §} within a number is the
 * {@code 8} it misreads ({@code Số 36§-CV/BPTT}, {@code §.079,5}), Vietnamese documents using no
 * section sign.
 *
 * <p>Stateless and thread-safe.
 */
final class TesseractText {

  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern MISREAD_EIGHT = Pattern.compile("(?<=\\d)§|§(?=[.,]?\\d)");

  private TesseractText() {}

  /** Returns {@code raw} tidied as the class describes. */
  static String clean(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n");
    text = text.replace('\f', '\n');
    text = TRAILING_SPACE.matcher(text).replaceAll("");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    text = MISREAD_EIGHT.matcher(text).replaceAll("8");
    return text.strip();
  }
}
