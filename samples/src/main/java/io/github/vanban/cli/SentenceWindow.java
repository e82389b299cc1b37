package io.github.vanban.cli;

/**
 * Cuts a sentence to a window of whole words centred on a metric's value, with {@code …} where it
 * was cut, so that a table shows the words around the value rather than the sentence's start.
 *
 * <p>The mention's text runs from the indicator's cue to the figure (or from the figure to the
 * cue); the value is the mention's word that starts with the value's number as a table writes it
 * ({@code 3,1} for 3.1 billion, whether the sentence says {@code 3,1 tỷ} or {@code 3,1%}). When no
 * word does, the window is centred on the whole mention; when the mention is unknown or not found
 * in the sentence, the window starts at the sentence's start. The result is plain text; control
 * characters are dropped by the {@link TerminalSafeWriter} every line goes through. Stateless and
 * thread-safe.
 */
final class SentenceWindow {

  private static final String CUT = "…";

  private SentenceWindow() {}

  /**
   * Returns {@code sentence} on one line, cut to at most {@code width} characters around the value
   * in {@code mention}.
   *
   * @param sentence the sentence; null gives null
   * @param mention the mention's text as it stands in the sentence, or null
   * @param number the value's number as written in a table ({@code 3,1}), or null
   * @param width the most characters returned, ellipses included; at least 10
   */
  static String around(String sentence, String mention, String number, int width) {
    if (width < 10) {
      throw new IllegalArgumentException("width " + width + " must be >= 10");
    }
    if (sentence == null) {
      return null;
    }
    String s = oneLine(sentence);
    if (s.length() <= width) {
      return s;
    }
    int[] value = valueSpan(s, mention == null ? null : oneLine(mention), number);
    return window(s, value[0], value[1], width - 2 * CUT.length());
  }

  /**
   * Returns the start and end in {@code s} of the value's word, else of the mention, else {@code
   * [0, 0]}.
   */
  private static int[] valueSpan(String s, String mention, String number) {
    int at = mention == null || mention.isEmpty() ? -1 : s.indexOf(mention);
    if (at < 0) {
      return new int[] {0, 0};
    }
    int word = number == null || number.isEmpty() ? -1 : wordStartingWith(mention, number);
    if (word < 0) {
      return new int[] {at, at + mention.length()};
    }
    int end = mention.indexOf(' ', word);
    return new int[] {at + word, at + (end < 0 ? mention.length() : end)};
  }

  /**
   * Returns where the last word of {@code text} starting with the number {@code n} starts, or -1.
   */
  private static int wordStartingWith(String text, String n) {
    for (int i = text.lastIndexOf(n); i >= 0; i = i == 0 ? -1 : text.lastIndexOf(n, i - 1)) {
      int after = i + n.length();
      boolean starts = i == 0 || text.charAt(i - 1) == ' ';
      boolean whole = after == text.length() || !Character.isDigit(text.charAt(after));
      if (starts && whole) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the words of {@code s} within {@code budget} characters centred on the value. */
  private static String window(String s, int valueStart, int valueEnd, int budget) {
    int centre = (valueStart + valueEnd) / 2;
    int from = Math.max(0, Math.min(centre - budget / 2, s.length() - budget));
    int to = Math.min(s.length(), from + budget);
    if (from > 0 && s.charAt(from - 1) != ' ') {
      int space = s.indexOf(' ', from);
      from = space < 0 || space >= Math.min(to, valueStart) ? from : space + 1;
    }
    if (to < s.length() && s.charAt(to) != ' ') {
      int space = s.lastIndexOf(' ', to);
      to = space <= Math.max(from, valueEnd) ? to : space;
    }
    return (from > 0 ? CUT : "") + s.substring(from, to).strip() + (to < s.length() ? CUT : "");
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
