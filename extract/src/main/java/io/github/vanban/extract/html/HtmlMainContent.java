package io.github.vanban.extract.html;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a cleaned page's main content: an explicit article body ({@code
 * itemprop=articleBody}, {@code <article>}, {@code <main>}) when it holds most of the text,
 * otherwise the smallest element, found by descending from the body, that still holds {@value
 * #SHARE_PERCENT}% of the text outside links (content density). The descent enters a table only
 * towards a cell that holds that share: a report whose data table is most of its text keeps its
 * header and reads the table as a table.
 *
 * <p>The share asked of an explicit container is half the text, so that a page's own framing (a
 * vbpl.vn status bar, a title above the document) stays out. Stateless and thread-safe.
 */
final class HtmlMainContent {

  private static final int SHARE_PERCENT = 80;

  /**
   * Containers that hold a document's body, best first: vbpl.vn's full-text panels (new layout
   * {@code .preview-content}, old layout {@code .fulltext} whose header tables stand before {@code
   * #toanvancontent}), then generic article markup.
   */
  private static final String[] EXPLICIT = {
    ".preview-content",
    ".fulltext",
    "#toanvancontent",
    "[itemprop=articleBody]",
    "article",
    "main",
    "[role=main]"
  };

  /** The parts of a table, which the content is looked for inside only through a single cell. */
  private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr");

  private HtmlMainContent() {}

  /**
   * Whether one cell of a table holds the content's share of the text, as a page laid out by a
   * table holds its article: a data table with many rows, each cell a small part of the text, is
   * the content itself, not a frame around it.
   */
  private static boolean holdsContentCell(Element table, int total) {
    for (Element cell : table.select("td, th")) {
      if (HtmlText.contentLength(cell) * 100L >= (long) total * SHARE_PERCENT) {
        return true;
      }
    }
    return false;
  }

  /** Returns the main content element of {@code doc} (its body when nothing narrower fits). */
  static Element of(Document doc) {
    Element body = doc.body();
    int total = HtmlText.contentLength(body);
    if (total == 0) {
      return body;
    }
    for (String selector : EXPLICIT) {
      Element best = largest(doc, selector);
      if (best != null && HtmlText.contentLength(best) * 2 >= total) {
        return best;
      }
    }
    return descend(body, total);
  }

  private static Element largest(Document doc, String selector) {
    Element best = null;
    int bestLength = -1;
    for (Element e : doc.select(selector)) {
      int length = HtmlText.contentLength(e);
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  private static Element descend(Element body, int total) {
    Element current = body;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Element child : current.children()) {
        if (HtmlText.contentLength(child) * 100L >= (long) total * SHARE_PERCENT
            && (!TABLE_PARTS.contains(child.normalName()) || holdsContentCell(child, total))) {
          current = child;
          moved = true;
          break;
        }
      }
    }
    return current;
  }
}
