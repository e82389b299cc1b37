package io.github.vanban.extract.office;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the visible characters of Word 97 text: field results without their codes ({@code \u0013
 * code \u0014 result \u0015}, nested), line breaks, and no cell marks, object anchors, footnote
 * marks or optional hyphens.
 *
 * <p>Not thread-safe: it remembers open fields across runs, so use one per story.
 */
final class DocFieldFilter {

  private final Deque<Boolean> fields = new ArrayDeque<>();

  /** Returns the visible part of {@code text}. */
  String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u0013' -> fields.push(Boolean.FALSE);
        case '\u0014' -> {
          if (!fields.isEmpty()) {
            fields.pop();
            fields.push(Boolean.TRUE);
          }
        }
        case '\u0015' -> {
          if (!fields.isEmpty()) {
            fields.pop();
          }
        }
        default -> {
          if (showing()) {
            append(out, c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Ends a paragraph: a field code never spans paragraphs, so an unclosed one is damage and is
   * forgotten rather than allowed to hide the rest of the document.
   */
  void endParagraph() {
    if (!showing()) {
      fields.clear();
    }
  }

  private boolean showing() {
    return !fields.contains(Boolean.FALSE);
  }

  private static void append(StringBuilder out, char c) {
    switch (c) {
      case '\u000B' -> out.append('\n');
      case '\u001E' -> out.append('-');
      case '\t' -> out.append('\t');
      default -> {
        if (c >= ' ' && c != '\u001F' && c != '\uFFFF') {
          out.append(c);
        }
      }
    }
  }
}
