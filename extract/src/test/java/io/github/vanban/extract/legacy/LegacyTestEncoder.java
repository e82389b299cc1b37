package io.github.vanban.extract.legacy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Test-side encoder from Unicode to TCVN3 and VNI, written independently of the decoders (from the
 * published tables, letter by letter), to build fixtures and round-trip tests.
 */
public final class LegacyTestEncoder {

  private static final String TCVN3_LETTERS =
      "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ";
  private static final String TCVN3_CODES =
      "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00ADõö÷øùúûüýþ";
  private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";
  private static final String TCVN3_CAPITAL_CODES = "¡¢£¤¥¦§";

  /** VNI tone suffixes in the order none, grave, hook, tilde, acute, dot. */
  private static final String VNI_PLAIN = "\0øûõùï";

  private static final String VNI_CIRCUMFLEX = "âàåãáä";
  private static final String VNI_BREVE = "êèúüéë";
  private static final String VNI_I = "iìæóíò";

  private LegacyTestEncoder() {}

  /** Encodes to TCVN3; with {@code heading} the text is lower-cased first, as for .VnTimeH. */
  public static String tcvn3(String text, boolean heading) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (heading) {
      nfc = nfc.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder();
    for (char c : nfc.toCharArray()) {
      int capital = TCVN3_CAPITALS.indexOf(c);
      int letter = TCVN3_LETTERS.indexOf(Character.toLowerCase(c));
      if (capital >= 0) {
        out.append(TCVN3_CAPITAL_CODES.charAt(capital));
      } else if (letter >= 0) {
        out.append(TCVN3_CODES.charAt(letter));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Encodes to VNI for Windows. */
  public static String vni(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      String code = vniLetter(Character.toLowerCase(c));
      out.append(Character.isUpperCase(c) ? code.toUpperCase(Locale.ROOT) : code);
    }
    return out.toString();
  }

  private static String vniLetter(char c) {
    if (c == 'đ') {
      return "ñ";
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    if ("aeiouy".indexOf(base) < 0) {
      return String.valueOf(c);
    }
    int tone = tone(d);
    if (base == 'i') {
      return String.valueOf(VNI_I.charAt(tone));
    }
    if (base == 'y' && tone == 5) {
      return "î";
    }
    if (d.indexOf('\u0302') >= 0) {
      return base + String.valueOf(VNI_CIRCUMFLEX.charAt(tone));
    }
    if (d.indexOf('\u0306') >= 0) {
      return base + String.valueOf(VNI_BREVE.charAt(tone));
    }
    String letter = String.valueOf(base);
    if (d.indexOf('\u031B') >= 0) {
      letter = base == 'o' ? "ô" : "ö";
    }
    return tone == 0 ? letter : letter + VNI_PLAIN.charAt(tone);
  }

  private static int tone(String decomposed) {
    String marks = "\u0300\u0309\u0303\u0301\u0323";
    for (int i = 0; i < marks.length(); i++) {
      if (decomposed.indexOf(marks.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }
}
