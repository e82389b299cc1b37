package io.github.vanban.core.text;

/**
 * The letters OCR reads in place of digits inside a number: {@code l}, {@code L}, {@code I} and
 * {@code i} for {@code 1}, {@code O} and {@code o} for {@code 0} ({@code ngày l6}, {@code
 * 67/2006/QHII}). Callers apply it only where the place is known to hold digits. Stateless and
 * thread-safe.
 */
public final class OcrDigits {

  private OcrDigits() {}

  /**
   * Returns {@code written} with the letters OCR confuses with digits read as those digits.
   *
   * @param written the characters of a number as OCR read them
   * @return the same length of text, those letters replaced by their digits
   */
  public static String read(String written) {
    StringBuilder out = new StringBuilder(written.length());
    for (char c : written.toCharArray()) {
      out.append(
          switch (c) {
            case 'l', 'L', 'I', 'i' -> '1';
            case 'O', 'o' -> '0';
            default -> c;
          });
    }
    return out.toString();
  }
}
