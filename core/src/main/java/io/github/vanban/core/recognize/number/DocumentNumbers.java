package io.github.vanban.core.recognize.number;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching keys for document numbers: two spellings that EXTRACTION.md says name the same number
 * get the same key. The search module indexes and looks numbers up by this key, and the scorer
 * compares references the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentNumbers {

  /** What {@link #keyInPlace(char[], int)} returns when the text needs {@link #key(String)}. */
  public static final int NOT_IN_PLACE = -1;

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
    char[] chars =
        Normalizer.normalize(number, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toCharArray();
    return new String(chars, 0, fold(chars, chars.length));
  }

  /**
   * Turns the first {@code length} characters of {@code chars} into their {@link #key(String) key}
   * in place, without building a string, when every character is one whose NFC form and upper case
   * are itself and one character (ASCII, the Latin letters Vietnamese uses, dashes); otherwise
   * leaves {@code chars} untouched. Lucene filters use it to edit a term's buffer.
   *
   * @param chars the characters of a document number as written
   * @param length how many characters of {@code chars} the number has
   * @return the key's length, now at the start of {@code chars}; {@link #NOT_IN_PLACE} when the
   *     text needs {@link #key(String)}
   */
  public static int keyInPlace(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (!simpleCase(chars[i])) {
        return NOT_IN_PLACE;
      }
    }
    for (int i = 0; i < length; i++) {
      chars[i] = Character.toUpperCase(chars[i]);
    }
    return fold(chars, length);
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

  /**
   * Whether {@code c} is NFC on its own, composes with none of its neighbours here, and has a
   * one-character upper case that {@link String#toUpperCase(Locale)} agrees with: Basic Latin,
   * Latin-1, Latin Extended-A and B (but {@code ß ŉ ǰ}, whose upper case is two characters), the
   * Vietnamese block of Latin Extended Additional, and the dashes.
   */
  private static boolean simpleCase(char c) {
    if (c < 0x250) {
      return c != 'ß' && c != 'ŉ' && c != 'ǰ';
    }
    return (c >= 0x1EA0 && c <= 0x1EFF) || isDash(c);
  }

  /**
   * Folds upper-case {@code chars} in place: {@code Đ} and {@code Ð} to {@code D}, white space
   * dropped, dashes to {@code -}, then the leading zeros before a digit dropped.
   */
  private static int fold(char[] chars, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (isSpace(c)) {
        continue;
      }
      chars[n++] = c == 'Đ' || c == '\u00D0' ? 'D' : isDash(c) ? '-' : c;
    }
    int zeros = 0;
    while (zeros + 1 < n && chars[zeros] == '0' && isDigit(chars[zeros + 1])) {
      zeros++;
    }
    System.arraycopy(chars, zeros, chars, 0, n - zeros);
    return n - zeros;
  }

  /** The white space of {@code \s} in a Java regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isDash(char c) {
    return (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
