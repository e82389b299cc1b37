package io.github.vanban.extract.legacy;

import java.text.Normalizer;

/**
 * The VNI for Windows code table and its decoder.
 *
 * <p>A modifier byte after a vowel becomes the combining marks it stands for (circumflex or breve,
 * then the tone), so {@code a} + {@code á} becomes a + U+0302 + U+0301 and NFC composes ấ. The
 * single-byte letters (ơ ư đ ì í ỉ ĩ ị ỵ) are replaced directly. A modifier that opens the text
 * also becomes combining marks: Word splits runs between a base letter and its modifier, and the
 * marks compose with the base once the runs are joined and normalised. Stateless and thread-safe.
 */
final class VniTable {

  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char TILDE = '\u0303';
  private static final char BREVE = '\u0306';
  private static final char HOOK = '\u0309';
  private static final char DOT = '\u0323';

  /** Combining marks per lower-case modifier byte; upper-case modifiers are 0x20 lower. */
  private static final String[] MODIFIERS = buildModifiers();

  /** Letters of the single-byte code points, lower-case; upper-case ones are 0x20 lower. */
  private static final char[] LETTERS = buildLetters();

  private static final String VOWELS = "aeiouyâăêôơưAEIOUYÂĂÊÔƠƯ";

  private VniTable() {}

  private static String[] buildModifiers() {
    String[] m = new String[256];
    withTones(m, "", 0xF9, 0xF8, 0xFB, 0xF5, 0xEF);
    m[0xE2] = "" + CIRCUMFLEX;
    withTones(m, "" + CIRCUMFLEX, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4);
    m[0xEA] = "" + BREVE;
    withTones(m, "" + BREVE, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB);
    for (int c = 0xE0; c <= 0xFF; c++) {
      m[c - 0x20] = m[c];
    }
    return m;
  }

  /**
   * Sets the modifier bytes that stand for {@code mark} followed by each tone, in the order acute,
   * grave, hook, tilde, dot.
   */
  private static void withTones(String[] modifiers, String mark, int... bytes) {
    char[] tones = {ACUTE, GRAVE, HOOK, TILDE, DOT};
    for (int i = 0; i < tones.length; i++) {
      modifiers[bytes[i]] = mark + tones[i];
    }
  }

  private static char[] buildLetters() {
    char[] t = new char[256];
    String lower = "ôơöưñđììííæỉóĩòịîỵ";
    for (int i = 0; i < lower.length(); i += 2) {
      char code = lower.charAt(i);
      char letter = lower.charAt(i + 1);
      t[code] = letter;
      t[Character.toUpperCase(code)] = Character.toUpperCase(letter);
    }
    return t;
  }

  /** Returns true if {@code c} is a VNI modifier or single-byte letter. */
  static boolean isMapped(char c) {
    return c < 256 && (MODIFIERS[c] != null || LETTERS[c] != 0);
  }

  /** Decodes a run of VNI text to Unicode NFC. */
  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String marks = c < 256 ? MODIFIERS[c] : null;
      if (marks != null && (i == 0 || followsVowel(out))) {
        out.append(marks);
      } else if (c < 256 && LETTERS[c] != 0) {
        out.append(LETTERS[c]);
      } else {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean followsVowel(StringBuilder out) {
    return out.length() > 0 && VOWELS.indexOf(out.charAt(out.length() - 1)) >= 0;
  }
}
