package io.github.vanban.core.recognize.number;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys for document numbers: two spellings that EXTRACTION.md says name the same number
 * get the same key. The search module indexes and looks numbers up by this key, and the scorer
 * compares references the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentNumbers {

  private static final Pattern SPACES = Pattern.compile("\\s++");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

  private DocumentNumbers() {}

  /**
   * Returns the matching key of a document number: NFC, upper case, {@code Đ} and {@code Ð} folded
   * to {@code D}, white space removed, dash variants unified to {@code -}, and the serial's leading
   * zeros dropped. {@code 06-NQ/TU}, {@code 6 - nq/tu} and {@code 06–NQ/TU} all give {@code
   * 6-NQ/TU}; {@code 205/NQ-HĐND} and {@code 205/nq-hdnd} give {@code 205/NQ-HDND}.
   *
   * @param number a number as written or canonical, not {@code null}
   * @return the key; the empty string for a blank number
   */
  public static String key(String number) {
    String s = Normalizer.normalize(number, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    s = s.replace('Đ', 'D').replace('\u00D0', 'D');
    s = SPACES.matcher(s).replaceAll("");
    s = DASHES.matcher(s).replaceAll("-");
    return LEADING_ZEROS.matcher(s).replaceFirst("");
  }

  /**
   * Returns whether two numbers match, that is have equal {@link #key(String)}s.
   *
   * @param a one document number as written
   * @param b another document number as written
   * @return true when both are spellings of the same number
   */
  public static boolean matches(String a, String b) {
    return key(a).equals(key(b));
  }
}
