package io.github.vanban.extract.office;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds the {@code \\binN} lengths of an RTF file by the bytes that follow them: the parser
 * allocates {@code N} bytes before reading them, so a few hundred bytes declaring {@code
 * \\bin2000000000} would exhaust the heap. A length over what is left (or negative) means the
 * binary data runs past the end of the file: the file is cut before it and its open groups are
 * closed, so the text before it is kept. Stateless and thread-safe.
 */
final class RtfBinaryLengths {

  private RtfBinaryLengths() {}

  /** Returns {@code rtf}, cut before the first {@code \\bin} longer than the bytes after it. */
  static byte[] bounded(byte[] rtf) {
    int depth = 0;
    int i = 0;
    while (i < rtf.length) {
      byte b = rtf[i];
      if (b == '{' || b == '}') {
        depth += b == '{' ? 1 : -1;
        i++;
      } else if (b != '\\') {
        i++;
      } else {
        int word = i + 1;
        int end = word;
        while (end < rtf.length && isLetter(rtf[end])) {
          end++;
        }
        if (end == word) {
          i += 2; // a control symbol such as \\\\ or \\{
          continue;
        }
        boolean negative = end < rtf.length && rtf[end] == '-';
        int digits = negative ? end + 1 : end;
        int stop = digits;
        while (stop < rtf.length && stop - digits < 18 && isDigit(rtf[stop])) {
          stop++;
        }
        if (stop == digits || !isBin(rtf, word, end)) {
          i = stop;
          continue;
        }
        int data = stop < rtf.length && rtf[stop] == ' ' ? stop + 1 : stop;
        long declared =
            Long.parseLong(new String(rtf, digits, stop - digits, StandardCharsets.US_ASCII));
        if (negative || declared > rtf.length - data) {
          return cut(rtf, i, depth);
        }
        i = (int) (data + declared);
      }
    }
    return rtf;
  }

  /** Returns the bytes before {@code at}, followed by a brace closing each open group. */
  private static byte[] cut(byte[] rtf, int at, int depth) {
    byte[] out = Arrays.copyOf(rtf, at + Math.max(0, depth));
    Arrays.fill(out, at, out.length, (byte) '}');
    return out;
  }

  private static boolean isBin(byte[] rtf, int word, int end) {
    return end - word == 3 && rtf[word] == 'b' && rtf[word + 1] == 'i' && rtf[word + 2] == 'n';
  }

  private static boolean isLetter(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
