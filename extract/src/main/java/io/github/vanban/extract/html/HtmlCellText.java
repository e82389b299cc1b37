package io.github.vanban.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A table cell's text with its lines kept: breaks and block elements start new lines. */
final class HtmlCellText {

  private HtmlCellText() {}

  /** Returns the text of {@code cell}, one line per paragraph or break. */
  static String of(Element cell) {
    StringBuilder sb = new StringBuilder();
    append(cell, sb);
    return HtmlBlockWriter.tidy(sb.toString());
  }

  private static void append(Node node, StringBuilder sb) {
    for (Node c : node.childNodes()) {
      if (c instanceof TextNode t) {
        sb.append(t.text());
      } else if (c instanceof Element e) {
        boolean block = e.isBlock() || e.tagName().equals("br");
        if (block) {
          sb.append('\n');
        }
        append(e, sb);
        if (block) {
          sb.append('\n');
        }
      }
    }
  }
}
