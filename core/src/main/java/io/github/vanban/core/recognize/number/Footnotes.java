package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.TextSpan;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a footnote is anchored, so that a document cited in a footnote relates to the text as
 * the anchor's sentence says ({@code triển khai thực hiện chỉ đạo của Chính phủ<sup>1</sup>} makes
 * footnote 1's resolution IMPLEMENTS).
 *
 * <p>A footnote is a sentence that opens with a mark: {@code <sup>1</sup>}, {@code [^1]:}, a
 * superscript number ({@code ¹}, as the PDF extractor writes footnote calls), or, at the start of a
 * line, a plain number followed by a space. Its anchor is the last call with the same number before
 * it, written in the same form ({@code <sup>1</sup>}, {@code [^1]}) or as a superscript number. A
 * sentence with no such call before it is no footnote. Stateless and thread-safe.
 */
final class Footnotes {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Pattern MARK =
      Pattern.compile(
          "(?:<sup>(?<sup>\\d{1,3}+)</sup>|\\[\\^(?<caret>\\d{1,3}+)\\]:?+"
              + "|(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}+)|(?<plain>\\d{1,3}+)\\h)");

  private Footnotes() {}

  /** Returns where the anchor of the footnote {@code sentence} stands, if it is a footnote. */
  static OptionalInt anchor(String text, TextSpan sentence) {
    Matcher m = MARK.matcher(text).region(sentence.start(), sentence.end());
    if (!m.lookingAt()) {
      return OptionalInt.empty();
    }
    int before = sentence.start() - 1;
    if (m.group("sup") != null) {
      return lastIndex(text, "<sup>" + m.group("sup") + "</sup>", before);
    }
    if (m.group("caret") != null) {
      return lastIndex(text, "[^" + m.group("caret") + "]", before);
    }
    if (m.group("plain") != null && before >= 0 && text.charAt(before) != '\n') {
      return OptionalInt.empty();
    }
    String digits = m.group("raised") != null ? m.group("raised") : raise(m.group("plain"));
    return lastIndex(text, digits, before);
  }

  private static String raise(String digits) {
    StringBuilder out = new StringBuilder(digits.length());
    digits.chars().forEach(c -> out.append(SUPERSCRIPTS.charAt(c - '0')));
    return out.toString();
  }

  private static OptionalInt lastIndex(String text, String mark, int before) {
    int at = before < 0 ? -1 : text.lastIndexOf(mark, before);
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }
}
