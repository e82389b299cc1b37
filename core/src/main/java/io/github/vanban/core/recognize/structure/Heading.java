package io.github.vanban.core.recognize.structure;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line read as the heading of a structural unit: {@code Chương II}, {@code Điều 3. Tên}, a
 * clause {@code 2.} or a point {@code a)}. Immutable.
 *
 * @param level what the line opens
 * @param label the label ({@code Điều 3})
 * @param title the words after the label and its separator, or {@code null}
 * @param ordinal the clause's number or the point letter's place in {@link #POINT_LETTERS}; 0 for
 *     other levels
 */
record Heading(StructureLevel level, String label, String title, int ordinal) {

  /** The letters of points in the order of Vietnamese legal drafting (no f, j, w, z). */
  static final String POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";

  private static final String NUMERAL = "([IVXLC]+|\\d{1,3})(?![\\p{L}\\d])";
  private static final Pattern PART =
      Pattern.compile(
          "(?:Phần|PHẦN)\\s+((?:thứ|THỨ)\\s+\\p{L}+|[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])(.*)");
  private static final Pattern CHAPTER =
      Pattern.compile("(?:Chương|CHƯƠNG)\\s+" + NUMERAL + "(.*)");
  private static final Pattern SECTION = Pattern.compile("(?:Mục|MỤC)\\s+" + NUMERAL + "(.*)");
  private static final Pattern ARTICLE =
      Pattern.compile("(?:Điều|ĐIỀU)\\s+(\\d{1,3})(?![\\p{L}\\d])(?:\\s*[.:](.*))?");
  private static final Pattern CLAUSE = Pattern.compile("(\\d{1,3})\\\\?\\.(?!\\d)\\s*\\S.*");
  private static final Pattern POINT = Pattern.compile("([a-zđ])(?:\\)\\s*|\\.\\s+)\\S.*");

  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

  /** A title-less heading's rest: empty, a separator, or words starting with a capital. */
  private static final Pattern HEADING_REST = Pattern.compile("\\s*(?:[.:\\-–]\\s*)?(.*)");

  /**
   * Reads {@code line} (without leading or trailing blanks) as a heading.
   *
   * @return the heading, or empty when the line is body text
   */
  static Optional<Heading> parse(String line) {
    Optional<Heading> titled = titled(line, PART, StructureLevel.PART, "Phần ");
    if (titled.isEmpty()) {
      titled = titled(line, CHAPTER, StructureLevel.CHAPTER, "Chương ");
    }
    if (titled.isEmpty()) {
      titled = titled(line, SECTION, StructureLevel.SECTION, "Mục ");
    }
    if (titled.isPresent()) {
      return titled;
    }
    Matcher m = ARTICLE.matcher(line);
    if (m.matches()) {
      return Optional.of(
          new Heading(StructureLevel.ARTICLE, "Điều " + m.group(1), articleTitle(m.group(2)), 0));
    }
    m = CLAUSE.matcher(line);
    if (m.matches()) {
      int number = Integer.parseInt(m.group(1));
      return Optional.of(new Heading(StructureLevel.CLAUSE, "Khoản " + number, null, number));
    }
    m = POINT.matcher(line);
    if (m.matches()) {
      String letter = m.group(1);
      return Optional.of(
          new Heading(
              StructureLevel.POINT, "Điểm " + letter, null, POINT_LETTERS.indexOf(letter) + 1));
    }
    return Optional.empty();
  }

  private static Optional<Heading> titled(
      String line, Pattern pattern, StructureLevel level, String word) {
    Matcher m = pattern.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(2);
    boolean separated = rest.isBlank() || rest.strip().matches("[.:\\-–].*");
    if (!separated && !Character.isUpperCase(rest.strip().codePointAt(0))) {
      return Optional.empty(); // "Chương 2 của Luật" wrapped into a line start: a citation
    }
    Matcher r = HEADING_REST.matcher(rest);
    String title = r.matches() ? title(r.group(1)) : null;
    String numeral = m.group(1);
    String label = word + (numeral.matches("\\d+|[IVXLC]+") ? numeral : lowerOrdinal(numeral));
    return Optional.of(new Heading(level, label, title, 0));
  }

  /**
   * Returns the rest of an article's heading line as its title, or null when it reads as the
   * article's text: two sentences. A decree's titles run to 70 words, so length is no sign.
   */
  private static String articleTitle(String rest) {
    String t = title(rest);
    return t == null || SENTENCE_BREAK.matcher(t).find() ? null : t;
  }

  private static String lowerOrdinal(String ordinal) {
    return ordinal.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Returns {@code rest} without blanks and a closing period or colon, or null when empty. */
  static String title(String rest) {
    if (rest == null) {
      return null;
    }
    String t = rest.strip();
    while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(":"))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? null : t;
  }
}
