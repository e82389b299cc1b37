package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.WordXml.MC;
import static io.github.vanban.extract.office.WordXml.W;
import static io.github.vanban.extract.office.WordXml.child;
import static io.github.vanban.extract.office.WordXml.children;
import static io.github.vanban.extract.office.WordXml.is;
import static io.github.vanban.extract.office.WordXml.on;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Collects the visible text of a DOCX paragraph: runs inside hyperlinks, insertions, smart tags,
 * simple fields and content controls; tabs and breaks; field results but not field codes; not
 * deleted or hidden text. Text boxes anchored in the paragraph are returned apart so that they can
 * follow it as paragraphs of their own. Runs in a legacy Vietnamese font are converted to Unicode.
 *
 * <p>Immutable and thread-safe.
 */
final class DocxRuns {

  /** A paragraph's text and the text-box contents ({@code w:txbxContent}) anchored in it. */
  record Inline(String text, List<Element> textBoxes) {}

  private static final Set<String> WRAPPERS =
      Set.of("hyperlink", "ins", "smartTag", "fldSimple", "customXml", "moveTo", "dir", "bdo");

  /** Stands for a {@code w:softHyphen} until the run's font says what it is. */
  private static final String SOFT_HYPHEN = "\u00AD";

  private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

  private final DocxStyles styles;
  private final LegacyFontText legacy;

  /**
   * Reads runs with the fonts given by {@code styles}, converting legacy fonts by {@code legacy}.
   */
  DocxRuns(DocxStyles styles, LegacyFontText legacy) {
    this.styles = styles;
    this.legacy = legacy;
  }

  /** Returns the text of paragraph {@code p} whose style is {@code paragraphStyle}. */
  Inline collect(Element p, String paragraphStyle) {
    StringBuilder text = new StringBuilder();
    List<Element> boxes = new ArrayList<>();
    inline(p, paragraphStyle, text, boxes);
    return new Inline(text.toString(), boxes);
  }

  private void inline(Node parent, String style, StringBuilder text, List<Element> boxes) {
    for (Element e : children(parent)) {
      if (is(e, "r")) {
        run(e, style, text, boxes);
      } else if (W.equals(e.getNamespaceURI()) && WRAPPERS.contains(e.getLocalName())) {
        inline(e, style, text, boxes);
      } else if (is(e, "sdt")) {
        inline(child(e, "sdtContent"), style, text, boxes);
      } else if (isAlternateContent(e)) {
        inline(chosen(e), style, text, boxes);
      } else if (MATH.equals(e.getNamespaceURI())) {
        text.append(mathText(e));
      }
    }
  }

  private void run(Element r, String style, StringBuilder text, List<Element> boxes) {
    Element rPr = child(r, "rPr");
    if (on(rPr, "vanish") || on(rPr, "specVanish")) {
      return;
    }
    StringBuilder piece = new StringBuilder();
    for (Element c : children(r)) {
      if (W.equals(c.getNamespaceURI())) {
        runChild(c, piece, boxes);
      } else if (isAlternateContent(c)) {
        textBoxes(chosen(c), boxes);
      }
    }
    String font = styles.runFont(rPr, style);
    String raw = piece.toString();
    if (raw.contains(SOFT_HYPHEN)) {
      raw = raw.replace(SOFT_HYPHEN, legacy.optionalHyphen(font));
    }
    text.append(legacy.decode(raw, font));
  }

  private static void runChild(Element c, StringBuilder piece, List<Element> boxes) {
    switch (c.getLocalName()) {
      case "t" -> piece.append(WordXml.text(c));
      case "tab", "ptab" -> piece.append('\t');
      case "br", "cr" -> piece.append('\n');
      case "noBreakHyphen" -> piece.append('-');
      case "softHyphen" -> piece.append(SOFT_HYPHEN);
      case "drawing", "pict", "object" -> textBoxes(c, boxes);
      default -> {
        // field codes (instrText), deleted text, field characters, marks: not visible text
      }
    }
  }

  /** Adds the outermost {@code w:txbxContent} elements under {@code node}. */
  private static void textBoxes(Node node, List<Element> boxes) {
    for (Element e : children(node)) {
      if (is(e, "txbxContent")) {
        boxes.add(e);
      } else if (isAlternateContent(e)) {
        textBoxes(chosen(e), boxes);
      } else {
        textBoxes(e, boxes);
      }
    }
  }

  private static boolean isAlternateContent(Element e) {
    return MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName());
  }

  /** The first {@code mc:Choice} of an alternate content, else its {@code mc:Fallback}. */
  private static Element chosen(Element alternate) {
    Element fallback = null;
    for (Element e : children(alternate)) {
      if ("Choice".equals(e.getLocalName())) {
        return e;
      }
      fallback = e;
    }
    return fallback;
  }

  private static String mathText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Element c : children(e)) {
      sb.append("t".equals(c.getLocalName()) ? WordXml.text(c) : mathText(c));
    }
    return sb.toString();
  }
}
