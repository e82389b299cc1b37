package io.github.vanban.search.index;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The name of a file as its bytes on disk say, for a name that is not valid UTF-8: Java decodes
 * such a name with U+FFFD for each bad byte, so {@code a\u00FF.txt} and {@code a\u00FE.txt} (raw
 * bytes FF and FE) would both read {@code a\uFFFD.txt}. Here the valid UTF-8 stays text and each
 * invalid byte becomes {@code %XX}: distinct, stable from run to run. Stateless and thread-safe.
 */
final class RawFileName {

  private RawFileName() {}

  /** Returns the last name of {@code file} with its invalid UTF-8 bytes as {@code %XX}. */
  static String of(Path file) {
    // A file URI keeps the raw bytes of the name, percent-encoded.
    String raw = file.toAbsolutePath().toUri().getRawPath();
    if (raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    return decode(unescape(raw.substring(raw.lastIndexOf('/') + 1)));
  }

  private static byte[] unescape(String escaped) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '%' && i + 2 < escaped.length()) {
        out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    StringBuilder out = new StringBuilder();
    while (in.hasRemaining()) {
      CoderResult r = decoder.decode(in, chars, true);
      chars.flip();
      out.append(chars);
      chars.clear();
      if (r.isError()) {
        for (int k = 0; k < r.length(); k++) {
          out.append(String.format("%%%02X", in.get() & 0xFF));
        }
      } else if (r.isUnderflow()) {
        break;
      }
    }
    return out.toString();
  }
}
