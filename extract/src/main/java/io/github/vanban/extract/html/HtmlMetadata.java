package io.github.vanban.extract.html;

import io.github.vanban.core.model.DocumentMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, author, dates and generator from its {@code <title>} and meta tags (Open
 * Graph, article, Dublin Core, plain names). Stateless and thread-safe.
 */
final class HtmlMetadata {

  private HtmlMetadata() {}

  /** Returns the metadata of {@code doc}; call it before the page is cleaned. */
  static DocumentMetadata of(Document doc) {
    String title = first(doc, "meta[property=og:title]", "meta[name=title]", "meta[name=dc.title]");
    if (title == null) {
      title = blankToNull(doc.title());
    }
    return new DocumentMetadata(
        "html",
        0,
        title,
        first(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=dc.creator]"),
        first(
            doc,
            "meta[property=article:published_time]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=dc.date.issued]",
            "meta[name=dc.date]",
            "meta[name=date]",
            "meta[itemprop=datePublished]"),
        first(doc, "meta[property=article:modified_time]", "meta[itemprop=dateModified]"),
        first(doc, "meta[name=generator]"));
  }

  private static String first(Document doc, String... selectors) {
    for (String selector : selectors) {
      for (Element meta : doc.select(selector)) {
        String v = blankToNull(meta.attr("content"));
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
