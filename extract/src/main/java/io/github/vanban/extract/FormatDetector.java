package io.github.vanban.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Detects a file's format from its first bytes, never from its name: a {@code .doc} that is really
 * RTF or OOXML is read as what it is.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatDetector {

  /** How many leading bytes {@link #detect(byte[])} looks at. */
  public static final int HEAD_BYTES = 8192;

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /**
   * Returns the format of a file whose first bytes are {@code head}, or empty when the bytes are no
   * format vanban reads (binary data of another kind).
   */
  public Optional<Format> detect(byte[] head) {
    if (startsWith(head, OLE2)) {
      return Optional.of(Format.DOC);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(Format.DOCX);
    }
    String ascii = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
    if (ascii.contains("%PDF-")) {
      return Optional.of(Format.PDF);
    }
    String start = stripBomAndSpace(ascii);
    if (start.startsWith("{\\rtf")) {
      return Optional.of(Format.RTF);
    }
    if (looksLikeHtml(start)) {
      return Optional.of(Format.HTML);
    }
    if (JSON_START.matcher(start).lookingAt()) {
      return Optional.empty();
    }
    return looksLikeText(head) ? Optional.of(Format.TEXT) : Optional.empty();
  }

  /** JSON data (an object or an array of values) is not a document, even though it is text. */
  private static final Pattern JSON_START =
      Pattern.compile("\\{\\s*(\"|\\})|\\[\\s*[\\[{\"\\]\\d]");

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String stripBomAndSpace(String ascii) {
    String s = ascii.startsWith("\u00EF\u00BB\u00BF") ? ascii.substring(3) : ascii;
    return s.stripLeading();
  }

  private static boolean looksLikeHtml(String start) {
    if (!start.startsWith("<")) {
      return false;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html")
        || lower.contains("<html")
        || lower.contains("<head")
        || lower.contains("<body")
        || (lower.startsWith("<?xml") && lower.contains("xhtml"));
  }

  private static boolean looksLikeText(byte[] head) {
    if (head.length == 0) {
      return true;
    }
    if (head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return true;
    }
    int controls = 0;
    int nulsEven = 0;
    int nulsOdd = 0;
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        if (i % 2 == 0) {
          nulsEven++;
        } else {
          nulsOdd++;
        }
      } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
        controls++;
      }
    }
    int half = head.length / 2;
    boolean utf16 = half > 0 && (nulsEven > half * 0.3 || nulsOdd > half * 0.3);
    return utf16 || (nulsEven + nulsOdd == 0 && controls * 50 < head.length + 50);
  }
}
