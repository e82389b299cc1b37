package io.github.vanban.extract.office;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers for reading WordprocessingML through the W3C DOM view that POI's XML beans expose:
 * children by local name and {@code w:}-attributes.
 *
 * <p>Stateless and thread-safe.
 */
final class WordXml {

  /** The WordprocessingML main namespace. */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** The relationships namespace of {@code r:id}. */
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The markup-compatibility namespace of {@code mc:AlternateContent}. */
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private WordXml() {}

  /** Returns the element children of {@code node}, in document order. */
  static List<Element> children(Node node) {
    List<Element> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Returns the concatenated text nodes under {@code node} (XML beans' DOM has no {@code
   * getTextContent}).
   */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    appendText(node, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(c.getNodeValue());
      } else if (c instanceof Element) {
        appendText(c, sb);
      }
    }
  }

  /** Returns the first child of {@code node} in the {@code w:} namespace named {@code name}. */
  static Element child(Node node, String name) {
    for (Element e : children(node)) {
      if (is(e, name)) {
        return e;
      }
    }
    return null;
  }

  /** Returns the element at the end of a path of {@code w:} child names, or {@code null}. */
  static Element path(Node node, String... names) {
    Node current = node;
    for (String name : names) {
      current = child(current, name);
      if (current == null) {
        return null;
      }
    }
    return (Element) current;
  }

  /** Returns whether {@code e} is the {@code w:} element {@code name}. */
  static boolean is(Element e, String name) {
    return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  /** Returns the {@code w:} attribute {@code name} of {@code e}, or {@code null}. */
  static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.getAttributeNS(W, name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** Returns the {@code w:val} of the child {@code name}, or {@code null}. */
  static String val(Node node, String name) {
    return attr(child(node, name), "val");
  }

  /** Returns {@code w:val} of child {@code name} as an int, or {@code fallback}. */
  static int intVal(Node node, String name, int fallback) {
    String v = val(node, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * Returns whether an on/off property child ({@code w:vanish}, {@code w:isLgl}) is present and not
   * switched off.
   */
  static boolean on(Node node, String name) {
    Element e = child(node, name);
    if (e == null) {
      return false;
    }
    String v = attr(e, "val");
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }
}
