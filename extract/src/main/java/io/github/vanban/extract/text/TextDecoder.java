package io.github.vanban.extract.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 with or without a byte-order mark, UTF-16 with a mark or
 * recognised by its zero bytes, otherwise Windows-1258 (the Vietnamese Windows code page).
 *
 * <p>UTF-8 with a few invalid bytes (a damaged or cut file) stays UTF-8, each invalid byte becoming
 * U+FFFD, when its valid multi-byte characters outnumber the invalid bytes {@value
 * #MIN_VALID_PER_INVALID} to one; otherwise one bad byte would turn every Vietnamese letter of the
 * file into Windows-1258 mojibake.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

  /** The result: the text (without byte-order mark) and the charset that decoded it. */
  public record Decoded(String text, String charset) {}

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** Valid multi-byte UTF-8 characters needed per invalid byte for a damaged file to stay UTF-8. */
  static final int MIN_VALID_PER_INVALID = 20;

  /**
   * Decodes {@code bytes}, choosing the charset as the class describes.
   *
   * @param bytes the file's whole content
   * @return the text and the name of the charset chosen
   */
  public Decoded decode(byte[] bytes) {
    if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (hasPrefix(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (hasPrefix(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    Charset utf16 = guessBomlessUtf16(bytes);
    if (utf16 != null) {
      return new Decoded(lenient(bytes, 0, utf16), utf16.name());
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null || mostlyUtf8(bytes)) {
      return new Decoded(utf8 != null ? utf8 : lenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    }
    return new Decoded(lenient(bytes, 0, WINDOWS_1258), "windows-1258");
  }

  private static boolean hasPrefix(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Charset guessBomlessUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Counts valid multi-byte UTF-8 sequences and invalid bytes; true when valid ones dominate. */
  private static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < b.length; ) {
      int lead = b[i] & 0xFF;
      int n =
          lead < 0x80
              ? 1
              : lead >= 0xC2 && lead <= 0xDF
                  ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (n == 1) {
        i++;
      } else if (n > 1 && continuations(b, i + 1, n - 1)) {
        valid++;
        i += n;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && valid >= invalid * MIN_VALID_PER_INVALID;
  }

  private static boolean continuations(byte[] b, int from, int count) {
    if (from + count > b.length) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }
}
