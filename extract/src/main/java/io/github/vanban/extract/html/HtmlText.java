package io.github.vanban.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Measures of an element's text used to tell content from chrome. Stateless, thread-safe. */
final class HtmlText {

  private HtmlText() {}

  /** The share of the element's text that sits inside links, 0 for an element without text. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  /** The length of the element's text outside links, whitespace runs counted once. */
  static int contentLength(Node node) {
    int n = 0;
    for (Node c : node.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element e && !e.tagName().equals("a")) {
        n += contentLength(e);
      }
    }
    return n;
  }
}
