package io.github.vanban.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is not the page's content: scripts, styles, forms, navigation, page headers and
 * footers, asides, hidden elements, elements whose class or id names chrome (menu, breadcrumb,
 * share, comments, advertising), and "tin liên quan / xem thêm / bài viết liên quan" blocks.
 *
 * <p>Forms go unless they wrap the page (ASP.NET pages put everything in one form). Stateless and
 * thread-safe; {@link #clean} changes the document it is given.
 */
final class HtmlBoilerplate {

  private static final String ALWAYS =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, input, button,"
          + " select, textarea, nav, aside, dialog, [hidden], [aria-hidden=true]";

  /** A form with less text than this is a search box or a login, not a page-wide wrapper. */
  private static final int MAX_FORM_CHARS = 500;

  private static final Pattern CHROME_NAME =
      Pattern.compile(
          "(^|[-_ ])(nav|navbar|menu|breadcrumbs?|footer|sidebar|banner|share|social|comments?"
              + "|related|lien-?quan|vblienquan|vbinfo|xem-?them|tin-?khac|advert|ads|quang-?cao|cookie"
              + "|popup|modal|login|pagination|tags|toolbar|grecaptcha[-a-z]*)([-_ ]|$)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(tin|bài( viết)?|văn bản) (liên quan|cùng chuyên mục|khác|mới( nhất)?|đọc nhiều)"
              + "|xem thêm|đọc thêm|có thể bạn quan tâm|tin tức khác");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private static final int MAX_HEADING_CHARS = 60;

  private HtmlBoilerplate() {}

  /** Removes the boilerplate from {@code doc}. */
  static void clean(Document doc) {
    doc.select(ALWAYS).remove();
    for (Element form : doc.select("form")) {
      if (HtmlText.contentLength(form) < MAX_FORM_CHARS) {
        form.remove();
      }
    }
    for (Element e : doc.select("header, footer")) {
      if (e.closest("article, main") == null || e.tagName().equals("footer")) {
        e.remove();
      }
    }
    List<Element> chrome = new ArrayList<>();
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (isChrome(e)) {
        chrome.add(e);
      }
    }
    chrome.forEach(Element::remove);
    removeRelatedBlocks(doc);
  }

  private static boolean isChrome(Element e) {
    if (e.tagName().equals("body") || e.tagName().equals("html")) {
      return false;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return true;
    }
    return CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
  }

  /**
   * A short heading or label that announces related links takes with it the link lists that follow
   * it, up to the next heading.
   */
  private static void removeRelatedBlocks(Document doc) {
    for (Element h : doc.select("h1, h2, h3, h4, h5, h6, p, div, span, strong, b")) {
      if (h.parent() == null || !isRelatedLabel(h)) {
        continue;
      }
      Element next = h.nextElementSibling();
      while (next != null
          && !next.tagName().matches("h[1-6]")
          && HtmlText.linkDensity(next) > 0.5) {
        Element after = next.nextElementSibling();
        next.remove();
        next = after;
      }
      h.remove();
    }
  }

  private static boolean isRelatedLabel(Element e) {
    String own = e.text().strip();
    if (own.isEmpty() || own.length() > MAX_HEADING_CHARS || e.childrenSize() > 2) {
      return false;
    }
    String lower = Normalizer.normalize(own, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return RELATED_HEADING.matcher(lower).lookingAt();
  }
}
