package io.github.vanban.search.analysis;

import io.github.vanban.core.text.VietnameseText;
import java.util.Locale;

/**
 * Turns a document number into the key that search matches on, so that every spelling EXTRACTION.md
 * says is the same number gives the same key: {@code 205/NQ-HĐND}, {@code 205/nq-hdnd}, {@code
 * 0205/NQ-HÐND} (U+00D0) and {@code 205 / NQ – HĐND} all become {@code 205/nqhdnd}.
 *
 * <p>The key is the number normalised like the pipeline's text ({@link VietnameseText#normalize}),
 * with diacritics folded ({@code Đ} and {@code D} equal), lower case, without spaces or dashes, and
 * without the leading zeros of the serial. Other separators ({@code /}, {@code .}, parentheses)
 * stay, so {@code 522/2002/QĐ.UB} keeps its dot. Stateless and thread-safe.
 */
public final class DocumentNumberKeys {

  private DocumentNumberKeys() {}

  /**
   * Returns the matching key of a document number, or an empty string when {@code number} holds no
   * letter or digit.
   */
  public static String key(String number) {
    String folded =
        VietnameseText.foldDiacritics(VietnameseText.normalize(number).text())
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean hasAlnum = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || c == '-') {
        continue;
      }
      hasAlnum |= Character.isLetterOrDigit(c);
      out.append(c);
    }
    return hasAlnum ? stripSerialZeros(out) : "";
  }

  private static String stripSerialZeros(StringBuilder key) {
    int zeros = 0;
    while (zeros + 1 < key.length()
        && key.charAt(zeros) == '0'
        && Character.isDigit(key.charAt(zeros + 1))) {
      zeros++;
    }
    return key.substring(zeros);
  }
}
