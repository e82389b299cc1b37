package io.github.vanban.core.recognize.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of a legal document: Phần, Chương, Mục and Điều headings at the start of a
 * line, the clauses ({@code 1.}) and points ({@code a)} or {@code a.}) at the start of a line
 * inside an article, nested by level.
 *
 * <p>The rules, in the order they apply to each line:
 *
 * <ul>
 *   <li>{@code Phần}, {@code Chương} and {@code Mục} followed by a number (Roman or Arabic, or
 *       {@code thứ nhất}...) and then nothing, a separator or a capital open a unit; a title-less
 *       heading takes the next line as its title (and the lines after it while they are in
 *       capitals, like a chapter's title wrapped in two).
 *   <li>{@code Điều N} followed by a period, a colon or nothing opens an article; the rest of the
 *       line is its title unless it reads as the article's text (two sentences, or an article of
 *       that one line). {@code Điều 1 của Nghị quyết này} wrapped to a line's start is a citation,
 *       not a heading.
 *   <li>An article title that ends without punctuation goes on over the lines below that start with
 *       a small letter or a digit (a wrapped heading). Markdown emphasis around a heading ({@code
 *       **Điều 1. Phạm vi**}) and an escaped clause number ({@code 1\.}) are read through.
 *   <li>A clause {@code N.} counts only inside an article and only as the next number (1, then
 *       2...); a point only inside a clause or article and only as the next letter (a, b, c, d, đ,
 *       e...).
 *   <li>The recipients, the signature's authority, an annex or a Roman-numbered heading close every
 *       open unit; clauses after it belong to no article until the next heading.
 * </ul>
 *
 * A unit ends at the last non-blank character before the next unit of its level or a wider one, or
 * before the closing line, or at the end of the text. Never throws on strange text; a text without
 * headings gives an empty list. Immutable and thread-safe.
 */
public final class StructureRecognizer {

  /** Markdown emphasis or heading marks around a line: {@code **Điều 1. Phạm vi**}. */
  private static final Pattern MARKUP = Pattern.compile("[*_#]+\\s*(.*?)[*_]*");

  /** The end of a heading line that closes its title. */
  private static final Pattern TITLE_END = Pattern.compile("[.:;!?][*_]*$");

  /**
   * Returns the top-level units of {@code text}, each with the units inside it.
   *
   * @param text the document's (normalised) text
   * @return the top-level units in text order; empty when the text has no heading
   */
  public List<StructureNode> recognize(String text) {
    return new Reading(text).read();
  }

  /** The state of one call: the open units, innermost last. */
  private static final class Reading {
    private final String text;
    private final List<StructureNode> roots = new ArrayList<>();
    private final Deque<OpenUnit> open = new ArrayDeque<>();
    private OpenUnit awaitingTitle;
    private OpenUnit wrappedTitle;

    Reading(String text) {
      this.text = text;
    }

    List<StructureNode> read() {
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
        int first = lineStart;
        while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
          first++;
        }
        if (first < lineEnd) {
          line(text.substring(first, lineEnd).strip(), first);
        }
        lineStart = lineEnd + 1;
      }
      closeAll(text.length());
      return roots;
    }

    private void line(String raw, int rawStart) {
      Matcher markup = MARKUP.matcher(raw);
      String line = markup.matches() ? markup.group(1) : raw;
      int start = markup.matches() ? rawStart + markup.start(1) : rawStart;
      if (line.isEmpty()) {
        return;
      }
      Optional<Heading> heading = Heading.parse(line);
      if (awaitingTitle != null && takesAsTitle(line, heading)) {
        return;
      }
      awaitingTitle = null;
      if (wrappedTitle != null && continuesTitle(line, heading, start)) {
        return;
      }
      wrappedTitle = null;
      if (heading.isPresent() && accepts(heading.get())) {
        openUnit(heading.get(), rawStart, start, start + line.length());
        OpenUnit unit = open.peekLast();
        boolean endsOpen = !TITLE_END.matcher(line).find();
        wrappedTitle =
            unit.heading.level() == StructureLevel.ARTICLE && unit.title != null && endsOpen
                ? unit
                : null;
      } else if (ClosingLine.closes(line)) {
        closeAll(rawStart);
      }
    }

    /**
     * Joins a line starting with a small letter or a digit to an article title that ended without
     * punctuation: the heading wrapped ({@code Điều 2. Quy} / {@code định nội dung và định mức}).
     */
    private boolean continuesTitle(String line, Optional<Heading> heading, int start) {
      int first = line.codePointAt(0);
      if (heading.isPresent()
          || ClosingLine.closes(line)
          || !(Character.isLowerCase(first) || Character.isDigit(first))) {
        return false;
      }
      String more = Heading.title(line);
      wrappedTitle.title = more == null ? wrappedTitle.title : wrappedTitle.title + " " + more;
      wrappedTitle.headingEnd = start + line.length();
      if (TITLE_END.matcher(line).find()) {
        wrappedTitle = null;
      }
      return true;
    }

    /** Reads the line after a title-less Phần, Chương or Mục as (part of) its title. */
    private boolean takesAsTitle(String line, Optional<Heading> heading) {
      if (heading.isPresent() || ClosingLine.closes(line)) {
        return false;
      }
      if (awaitingTitle.title == null) {
        awaitingTitle.title = Heading.title(line);
        return true;
      }
      if (isCapitals(awaitingTitle.title) && isCapitals(line)) {
        awaitingTitle.title = awaitingTitle.title + " " + Heading.title(line);
        return true;
      }
      return false;
    }

    private boolean accepts(Heading h) {
      return switch (h.level()) {
        case CLAUSE ->
            innermost(StructureLevel.ARTICLE)
                .filter(a -> h.ordinal() == a.lastClause + 1)
                .isPresent();
        case POINT -> pointHolder().filter(u -> h.ordinal() == u.lastPoint + 1).isPresent();
        default -> true;
      };
    }

    /** Opens a unit at {@code start}, closing the open units it follows at {@code closeAt}. */
    private void openUnit(Heading h, int closeAt, int start, int headingEnd) {
      while (!open.isEmpty() && !h.level().isBelow(open.peekLast().heading.level())) {
        closeLast(closeAt);
      }
      OpenUnit unit = new OpenUnit(h, start, headingEnd);
      OpenUnit parent = open.peekLast();
      if (parent != null && h.level() == StructureLevel.CLAUSE) {
        parent.lastClause = h.ordinal();
      } else if (parent != null && h.level() == StructureLevel.POINT) {
        parent.lastPoint = h.ordinal();
      }
      open.addLast(unit);
      boolean titled =
          h.level() == StructureLevel.PART
              || h.level() == StructureLevel.CHAPTER
              || h.level() == StructureLevel.SECTION;
      awaitingTitle = titled && h.title() == null ? unit : null;
    }

    /** Returns the innermost open unit of {@code level}, if it is open below nothing narrower. */
    private Optional<OpenUnit> innermost(StructureLevel level) {
      for (var it = open.descendingIterator(); it.hasNext(); ) {
        OpenUnit u = it.next();
        if (u.heading.level() == level) {
          return Optional.of(u);
        }
        if (!u.heading.level().isBelow(level)) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    /** Returns the unit a point would go into: the open clause, else the open article. */
    private Optional<OpenUnit> pointHolder() {
      Optional<OpenUnit> clause = innermost(StructureLevel.CLAUSE);
      return clause.isPresent() ? clause : innermost(StructureLevel.ARTICLE);
    }

    private void closeAll(int at) {
      while (!open.isEmpty()) {
        closeLast(at);
      }
      awaitingTitle = null;
    }

    private void closeLast(int at) {
      OpenUnit unit = open.removeLast();
      int end = at;
      while (end > unit.start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      StructureNode node = unit.close(end);
      OpenUnit parent = open.peekLast();
      if (parent == null) {
        roots.add(node);
      } else {
        parent.children.add(node);
      }
    }

    private static boolean isCapitals(String s) {
      return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }
  }
}
