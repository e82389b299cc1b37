package io.github.vanban.extract.legacy;

import java.text.Normalizer;

/**
 * The TCVN3 (ABC, VN3) code table and its decoder.
 *
 * <p>Stateless and thread-safe.
 */
final class Tcvn3Table {

  private static final char[] TABLE = buildTable();

  /**
   * PDFBox reads code 0xAD (ư) of fonts without a ToUnicode map through the glyph name {@code
   * minus}, giving U+2212; a real minus sign cannot be typed in a TCVN3 font, so it is read as ư.
   */
  private static final char MINUS_SIGN = '\u2212';

  private Tcvn3Table() {}

  private static char[] buildTable() {
    char[] t = new char[256];
    put(t, "ĂÂÊÔƠƯĐ", 0xA1);
    put(t, "ăâêôơưđ", 0xA8);
    put(t, "àảãáạ", 0xB5);
    put(t, "ằẳẵắ", 0xBB);
    put(t, "ặầẩẫấậè", 0xC6);
    put(t, "ẻẽéẹềểễếệìỉ", 0xCE);
    put(t, "ĩíịò", 0xDC);
    put(t, "ỏõóọồổỗốộờởỡớợù", 0xE1);
    put(t, "ủũúụừửữứựỳỷỹýỵ", 0xF1);
    return t;
  }

  private static void put(char[] table, String letters, int firstCode) {
    for (int i = 0; i < letters.length(); i++) {
      table[firstCode + i] = letters.charAt(i);
    }
  }

  /** Returns the letter a TCVN3 font draws for {@code c}, or {@code c} itself. */
  static char letter(char c) {
    char code = c == MINUS_SIGN ? 0xAD : c;
    return code < TABLE.length && TABLE[code] != 0 ? TABLE[code] : c;
  }

  /** Returns true if {@code c} is a code point the table maps to a Vietnamese letter. */
  static boolean isMapped(char c) {
    return letter(c) != c;
  }

  /** Decodes a run of TCVN3 text to Unicode NFC, as a font that is not upper-case shows it. */
  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(letter(text.charAt(i)));
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
