package io.github.vanban.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
   * format vanban reads (binary data of another kind, JSON data, an e-mail or web archive).
   *
   * @param head the file's first bytes, up to {@code HEAD_BYTES} of them
   * @return the format, or empty when vanban does not read it
   */
  public Optional<Format> detect(byte[] head) {
    if (startsWith(head, OLE2)) {
      return Optional.of(Format.DOC);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(Format.DOCX);
    }
    if (isPdf(head)) {
      return Optional.of(Format.PDF);
    }
    if (BINARY_MAGIC.stream().anyMatch(m -> startsWith(head, m))) {
      return Optional.empty();
    }
    String text = HeadSniffer.decode(head);
    if (text.stripLeading().startsWith("{\\rtf")) {
      return Optional.of(Format.RTF);
    }
    if (HeadSniffer.isHtml(text)) {
      return Optional.of(Format.HTML);
    }
    if (HeadSniffer.isJson(text) || HeadSniffer.isMail(text)) {
      return Optional.empty();
    }
    return looksLikeText(head) ? Optional.of(Format.TEXT) : Optional.empty();
  }

  /**
   * Returns what a file vanban does not read is, for a person, when its head says so (an e-mail or
   * web archive, JSON data), else empty.
   *
   * @param head the file's first bytes, up to {@code HEAD_BYTES} of them
   * @return a short English phrase naming the kind of file and what to do, or empty
   */
  public Optional<String> unsupportedKind(byte[] head) {
    String text = HeadSniffer.decode(head);
    if (HeadSniffer.isMail(text)) {
      return Optional.of(
          "an e-mail or web archive (EML, MHT): save its document or page as a file of its own");
    }
    if (HeadSniffer.isJson(text)) {
      return Optional.of("JSON data, not a document");
    }
    return Optional.empty();
  }

  /**
   * {@code %PDF-} at the start, or within the first kilobyte after bytes that are not text (PDF
   * readers accept junk before the header): never in the middle of a text that mentions it.
   */
  private static boolean isPdf(byte[] head) {
    String ascii = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
    int at = ascii.indexOf("%PDF-");
    return at == 0 || at > 0 && !looksLikeText(Arrays.copyOf(head, at));
  }

  /** Magic numbers of binary files that are never documents: executables, archives, images. */
  private static final List<byte[]> BINARY_MAGIC =
      List.of(
          new byte[] {0x7F, 'E', 'L', 'F'},
          new byte[] {'M', 'Z'},
          new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
          new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
          new byte[] {0x1F, (byte) 0x8B},
          new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
          new byte[] {'R', 'a', 'r', '!'},
          new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          new byte[] {'G', 'I', 'F', '8'});

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
    // A stray NUL or two is damage in a text (the extractor removes it), not a binary file.
    int nuls = nulsEven + nulsOdd;
    return utf16 || (nuls * 200 < head.length + 200 && controls * 50 < head.length + 50);
  }
}
