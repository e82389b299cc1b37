package io.github.vanban.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-level checks of {@link FormatDetector} on a file's first bytes decoded as text: HTML
 * (after comments, an XML declaration and a doctype; whole pages and fragments), JSON data, and
 * e-mail messages and web archives (EML, MHT). Stateless and thread-safe.
 */
final class HeadSniffer {

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

  /** Decodes the head as text: UTF-16 by its byte order mark, else Latin-1 (bytes as chars). */
  static String decode(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }

  /** Returns true when the text is an HTML page or fragment. */
  static boolean isHtml(String text) {
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

  /** Returns true when the text is JSON data rather than a document. */
  static boolean isJson(String text) {
    return JSON_START.matcher(text.stripLeading()).lookingAt();
  }

  /** Returns true when the text is an e-mail message or a web archive. */
  static boolean isMail(String text) {
    return MAIL_HEADER.matcher(text).lookingAt()
        && text.toLowerCase(Locale.ROOT).contains("content-type:");
  }
}
