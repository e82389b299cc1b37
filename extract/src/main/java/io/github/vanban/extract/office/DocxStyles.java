package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.WordXml.attr;
import static io.github.vanban.extract.office.WordXml.child;
import static io.github.vanban.extract.office.WordXml.children;
import static io.github.vanban.extract.office.WordXml.intVal;
import static io.github.vanban.extract.office.WordXml.is;
import static io.github.vanban.extract.office.WordXml.path;
import static io.github.vanban.extract.office.WordXml.val;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The styles of a DOCX ({@code word/styles.xml}) as far as extraction needs them: heading levels,
 * list numbering given by a paragraph style, and the font a run inherits.
 *
 * <p>Lookups follow {@code w:basedOn} chains (bounded, so a cycle cannot loop). Immutable after
 * construction and thread-safe.
 */
final class DocxStyles {

  private static final int MAX_CHAIN = 16;
  private static final Pattern HEADING = Pattern.compile("heading\\s*([1-9])");

  private final Map<String, Element> byId = new HashMap<>();
  private final Element defaultRunProperties;
  private final String defaultParagraphStyle;

  /** Reads the styles; {@code styles} is the {@code w:styles} element or {@code null}. */
  DocxStyles(Node styles) {
    String defaultPara = null;
    for (Element s : children(styles)) {
      if (is(s, "style") && attr(s, "styleId") != null) {
        byId.put(attr(s, "styleId"), s);
        if ("paragraph".equals(attr(s, "type")) && "1".equals(attr(s, "default"))) {
          defaultPara = attr(s, "styleId");
        }
      }
    }
    this.defaultParagraphStyle = defaultPara;
    this.defaultRunProperties = path(child(styles, "docDefaults"), "rPrDefault", "rPr");
  }

  /** Returns the paragraph's style id, or the default paragraph style's. */
  String paragraphStyle(Element pPr) {
    String id = val(pPr, "pStyle");
    return id != null ? id : defaultParagraphStyle;
  }

  /**
   * Returns the heading level (1 = top) of a paragraph: direct outline level, then the style chain
   * (a {@code Title} style, a {@code heading N} style, an outline level); 0 for body text.
   */
  int headingLevel(Element pPr, String styleId) {
    int direct = intVal(pPr, "outlineLvl", -1);
    if (direct >= 0) {
      return direct < 9 ? direct + 1 : 0;
    }
    Integer level = inChain(styleId, DocxStyles::styleHeadingLevel);
    return level == null ? 0 : level;
  }

  /** Returns the {@code w:numPr} a paragraph style gives, or {@code null}. */
  Element styleNumbering(String styleId) {
    return inChain(styleId, s -> path(s, "pPr", "numPr"));
  }

  /**
   * Returns the font of a run: its direct {@code w:rFonts}, then its character style, then the
   * paragraph style, then the document defaults; {@code null} when only theme fonts are given.
   */
  String runFont(Element rPr, String paragraphStyleId) {
    Element fonts = child(rPr, "rFonts");
    if (!declaresFont(fonts)) {
      fonts = inChain(val(rPr, "rStyle"), s -> declared(path(s, "rPr", "rFonts")));
    }
    if (!declaresFont(fonts)) {
      fonts = inChain(paragraphStyleId, s -> declared(path(s, "rPr", "rFonts")));
    }
    if (!declaresFont(fonts)) {
      fonts = child(defaultRunProperties, "rFonts");
    }
    if (fonts == null) {
      return null;
    }
    String ascii = attr(fonts, "ascii");
    return ascii != null ? ascii : attr(fonts, "hAnsi");
  }

  private static Element declared(Element fonts) {
    return declaresFont(fonts) ? fonts : null;
  }

  private static boolean declaresFont(Element fonts) {
    return fonts != null
        && (attr(fonts, "ascii") != null
            || attr(fonts, "hAnsi") != null
            || attr(fonts, "asciiTheme") != null);
  }

  private static Integer styleHeadingLevel(Element style) {
    String name = val(style, "name");
    String id = attr(style, "styleId");
    for (String n : new String[] {name, id}) {
      if (n == null) {
        continue;
      }
      String lower = n.toLowerCase(Locale.ROOT);
      if (lower.equals("title")) {
        return 1;
      }
      Matcher m = HEADING.matcher(lower);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    int outline = intVal(child(style, "pPr"), "outlineLvl", -1);
    if (outline >= 0) {
      return outline < 9 ? outline + 1 : 0;
    }
    return null;
  }

  private <T> T inChain(String styleId, Function<Element, T> read) {
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      Element style = byId.get(id);
      if (style == null) {
        return null;
      }
      T value = read.apply(style);
      if (value != null) {
        return value;
      }
      id = val(style, "basedOn");
    }
    return null;
  }
}
