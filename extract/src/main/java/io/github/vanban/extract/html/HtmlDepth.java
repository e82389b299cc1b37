package io.github.vanban.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds how deep a parsed page nests, so that the recursive steps after it (boilerplate removal,
 * block writing, cell text) cannot overflow the stack on hostile markup such as 100 000 nested
 * {@code <div>}s.
 *
 * <p>An element at depth {@value #MAX_DEPTH} keeps its text but loses its inner structure: its
 * descendants are replaced by their text nodes in document order. Real pages nest a few dozen
 * levels. Works iteratively; stateless and thread-safe.
 */
final class HtmlDepth {

  /** The deepest element kept with its structure; deeper content is flattened into it. */
  static final int MAX_DEPTH = 256;

  private HtmlDepth() {}

  /**
   * Flattens every element of {@code root} that stands at {@link #MAX_DEPTH} into its text.
   *
   * @return how many elements were flattened, for a warning
   */
  static int limit(Element root) {
    List<Element> deep = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (depth == MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
            deep.add(e);
          }
        },
        root);
    deep.forEach(HtmlDepth::flatten);
    return deep.size();
  }

  private static void flatten(Element e) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (node instanceof TextNode t && !t.isBlank()) {
            texts.add(new TextNode(t.getWholeText()));
          }
        },
        e);
    e.empty();
    for (TextNode t : texts) {
      e.appendChild(t);
      e.appendText(" ");
    }
  }
}
