package io.github.vanban.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests on a file's first bytes that the {@link Signature}s of the built-in formats are made
 * of, for other formats to reuse: magic numbers, binary files that are never documents, text
 * (single-byte or UTF-16), and on the head decoded as text HTML (after comments, an XML declaration
 * and a doctype; whole pages and fragments), JSON data, and e-mail messages and web archives (EML,
 * MHT). Stateless and thread-safe.
 */
public final class HeadSniffer {

  /** Leading comments, XML declaration, doctype and space, skipped before looking at markup. */
  private static final Pattern PROLOGUE =
      Pattern.compile(
          "(?s)\\A(\\s|<!--.*?-->|<\\?xml[^>]*>|<!doctype[^>]*>)*", Pattern.CASE_INSENSITIVE);

  /** An element that starts an HTML fragment (a page's body without {@code <html>}). */
  private static final Pattern FRAGMENT =
      Pattern.compile(
          "<(p|div|table|h[1-6]|span|br|ul|ol|section|article|center|font|b|strong|i|em|a)[\\s>/]",
          Pattern.CASE_INSENSITIVE);

  /** JSON: an object, or an array whose first value is an object, array, string or number. */
  private static final Pattern JSON_START =
      Pattern.compile(
          "\\{\\s*(\"|\\})|\\[\\s*([\\[{\"\\]]|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\s*(,|\\]\\s*(\\z|[,\\]}])))");

  /** Mail headers: a message (EML) or a web page saved with its resources (MHT). */
  private static final Pattern MAIL_HEADER =
      Pattern.compile(
          "\\A(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|X-[\\w-]+)"
              + ":[^\\n]*\\r?\\n(?:[ \\t][^\\n]*\\r?\\n)*){2,}",
          Pattern.CASE_INSENSITIVE);

  private HeadSniffer() {}

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

  /**
   * Decodes the head as text: UTF-16 by its byte order mark, else Latin-1 (bytes as chars), without
   * a UTF-8 byte order mark.
   *
   * @param head the file's first bytes
   * @return the head as text, one char per byte unless it is UTF-16
   */
  public static String decode(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }

  /**
   * Tells whether the head, decoded, is an HTML page or fragment.
   *
   * @param text the head as {@link #decode(byte[])} returns it
   * @return true when the text is an HTML page or fragment
   */
  public static boolean isHtml(String text) {
    Matcher prologue = PROLOGUE.matcher(text);
    int at = prologue.lookingAt() ? prologue.end() : 0;
    String lower = text.substring(at).toLowerCase(Locale.ROOT);
    if (!lower.startsWith("<")) {
      return false;
    }
    String before = text.substring(0, at).toLowerCase(Locale.ROOT);
    return before.contains("<!doctype html")
        || before.contains("<?xml") && lower.contains("xhtml")
        || lower.contains("<html")
        || lower.contains("<head")
        || lower.contains("<body")
        || FRAGMENT.matcher(lower).lookingAt() && lower.contains("</");
  }

  /**
   * Tells whether the head, decoded, is JSON data rather than a document.
   *
   * @param text the head as {@link #decode(byte[])} returns it
   * @return true when the text starts a JSON object or array
   */
  public static boolean isJson(String text) {
    return JSON_START.matcher(text.stripLeading()).lookingAt();
  }

  /**
   * Tells whether the head, decoded, is an e-mail message or a web archive.
   *
   * @param text the head as {@link #decode(byte[])} returns it
   * @return true when the text starts with mail headers that name a content type
   */
  public static boolean isMail(String text) {
    return MAIL_HEADER.matcher(text).lookingAt()
        && text.toLowerCase(Locale.ROOT).contains("content-type:");
  }

  /**
   * Tells whether the head starts with the magic number of a binary file that is never a document
   * (an executable, an archive other than ZIP, an image).
   *
   * @param head the file's first bytes
   * @return true for an ELF, PE, Mach-O or Java class file, a gzip, 7z or RAR archive, a PNG, JPEG
   *     or GIF image
   */
  public static boolean isBinaryNonDocument(byte[] head) {
    return BINARY_MAGIC.stream().anyMatch(m -> startsWith(head, m));
  }

  /**
   * Tells whether the head starts with the given bytes.
   *
   * @param head the file's first bytes
   * @param magic the expected leading bytes
   * @return true when {@code head} is at least as long as {@code magic} and starts with it
   */
  public static boolean startsWith(byte[] head, byte[] magic) {
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

  /**
   * Tells whether bytes look like text: UTF-16 (a byte order mark, or NULs in every other byte), or
   * a single-byte or UTF-8 text with at most a stray NUL or control character.
   *
   * @param head the bytes to test; empty counts as text
   * @return true when the bytes look like text
   */
  public static boolean looksLikeText(byte[] head) {
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
