package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, running footers and page numbers: among the first and last two lines of
 * each page, lines in the top or bottom eighth of the page whose text (digits aside) recurs on at
 * least two fifths of the pages, and lone page numbers ({@code 2}, {@code - 2 -}, {@code Trang
 * 2/9}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FurnitureFilter {

  /** Share of the page height, from the top or the bottom, where furniture sits. */
  public static final float ZONE = 0.125f;

  /** Share of the pages a running header or footer recurs on. */
  public static final double REPEAT_SHARE = 0.4;

  private static final int EDGE_LINES = 2;
  private static final int MAX_LENGTH = 120;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:[-–—.\\s]*\\d{1,4}[-–—.\\s]*|(?i:trang|page)\\s*\\d{1,4}(?:\\s*(?:/|of|trên)\\s*\\d{1,4})?"
              + "|\\d{1,4}\\s*/\\s*\\d{1,4})$");

  private FurnitureFilter() {}

  /**
   * Returns the pages with their furniture lines removed.
   *
   * @param pages the pages of one document, in order
   * @return the same pages, in the same order, without their furniture lines
   */
  public static List<LayoutPage> filter(List<LayoutPage> pages) {
    Set<String> repeated = repeatedKeys(pages);
    List<LayoutPage> out = new ArrayList<>(pages.size());
    for (LayoutPage page : pages) {
      List<TextLine> kept = new ArrayList<>();
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        boolean edge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
        boolean furniture =
            edge
                && inZone(line, page)
                && (repeated.contains(zoneKey(line, page))
                    || PAGE_NUMBER.matcher(line.text().strip()).matches());
        if (!furniture) {
          kept.add(line);
        }
      }
      out.add(page.withLines(kept));
    }
    return out;
  }

  private static Set<String> repeatedKeys(List<LayoutPage> pages) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (LayoutPage page : pages) {
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        if ((i < EDGE_LINES || i >= lines.size() - EDGE_LINES)
            && inZone(line, page)
            && line.text().length() <= MAX_LENGTH) {
          seen.computeIfAbsent(zoneKey(line, page), k -> new HashSet<>()).add(page.number());
        }
      }
    }
    int needed = Math.max(2, (int) Math.ceil(pages.size() * REPEAT_SHARE));
    Set<String> repeated = new HashSet<>();
    seen.forEach(
        (key, onPages) -> {
          if (onPages.size() >= needed) {
            repeated.add(key);
          }
        });
    return repeated;
  }

  private static boolean inZone(TextLine line, LayoutPage page) {
    return line.baseline() < page.height() * ZONE || line.top() > page.height() * (1 - ZONE);
  }

  private static String zoneKey(TextLine line, LayoutPage page) {
    String zone = line.baseline() < page.height() / 2 ? "top:" : "bottom:";
    return zone
        + line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
