package io.github.vanban.extract.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page keeps when boilerplate removal would take its only content: a document wrapped in a
 * page-wide form, a {@code <header>}, an element whose class or {@code aria-hidden} looks like
 * chrome, an {@code <iframe srcdoc>}, a {@code <textarea>} or a {@code <noscript>}. Only what never
 * holds text (scripts, styles, images) is removed; the text of text areas, {@code noscript} and
 * {@code srcdoc} frames is put in their place. Stateless and thread-safe; {@link #prepare} changes
 * the document it is given.
 */
final class HtmlFallback {

  private static final String NEVER_TEXT =
      "script, style, template, svg, canvas, object, embed, input, button, select";

  /**
   * The marks of an administrative document: a number line, the national or Party motto, an
   * addressee, an article: a short text holding one is a document, not a site's chrome.
   */
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "Số\\s*:\\s*\\d|CỘNG HO[ÀÒ]A XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Kính gửi|Điều 1\\.",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private HtmlFallback() {}

  /** Returns true when {@code text} bears a mark of an administrative document. */
  static boolean looksLikeADocument(CharSequence text) {
    return DOCUMENT.matcher(text).find();
  }

  /** Removes only what never holds text and opens the containers of hidden text. */
  static void prepare(Document doc) {
    doc.select(NEVER_TEXT).remove();
    for (Element frame : doc.select("iframe[srcdoc]")) {
      Element body = Jsoup.parse(frame.attr("srcdoc")).body();
      Element div = new Element("div");
      body.children().forEach(c -> div.appendChild(c.clone()));
      frame.replaceWith(div);
    }
    doc.select("iframe").remove();
    for (Element e : doc.select("textarea, noscript")) {
      Element div = new Element("div");
      String inner = e.tagName().equals("textarea") ? e.wholeText() : e.html();
      div.append(e.tagName().equals("textarea") ? asParagraphs(inner) : inner);
      e.replaceWith(div);
    }
  }

  private static String asParagraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>");
      }
    }
    return html.toString();
  }
}
