package io.github.vanban.extract.html;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.office.LayoutTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays the main content of a page into blocks: {@code h1}-{@code h6} as headings with their level,
 * paragraphs and other block elements as paragraphs, list items with their marker ({@code 1.},
 * {@code a.}, {@code -}), tables as table blocks (the official header and signature tables of a
 * legal text as lines read column by column), figure captions once (image alternative texts are not
 * text a reader sees).
 *
 * <p>Not thread-safe: one per extraction.
 */
final class HtmlBlockWriter {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "dl",
          "dt",
          "dd",
          "address",
          "center",
          "hr",
          "caption",
          "body",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "tfoot");

  private final DocumentBuilder builder;
  private final StringBuilder inline = new StringBuilder();

  /** Writes into {@code builder}. */
  HtmlBlockWriter(DocumentBuilder builder) {
    this.builder = builder;
  }

  /** Writes the blocks of {@code root}. */
  void write(Element root) {
    visit(root);
    flush(BlockType.PARAGRAPH, 0);
  }

  private void visit(Node node) {
    if (node instanceof TextNode t) {
      inline.append(t.text());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.tagName();
    if (tag.equals("br")) {
      inline.append('\n');
    } else if (tag.matches("h[1-6]")) {
      flush(BlockType.PARAGRAPH, 0);
      children(e);
      flush(BlockType.HEADING, tag.charAt(1) - '0');
    } else if (tag.equals("table")) {
      flush(BlockType.PARAGRAPH, 0);
      table(e);
    } else if (tag.equals("ul") || tag.equals("ol")) {
      flush(BlockType.PARAGRAPH, 0);
      list(e);
    } else if (tag.equals("img")) {
      return;
    } else if (BLOCKS.contains(tag) || tag.equals("li")) {
      flush(BlockType.PARAGRAPH, 0);
      children(e);
      flush(BlockType.PARAGRAPH, 0);
    } else {
      children(e);
    }
  }

  private void children(Element e) {
    for (Node c : e.childNodes()) {
      visit(c);
    }
  }

  private void list(Element list) {
    boolean ordered = list.tagName().equals("ol");
    int n = ordered ? parseStart(list.attr("start")) : 0;
    String type = list.attr("type");
    for (Element li : list.children()) {
      if (!li.tagName().equals("li")) {
        visit(li);
        continue;
      }
      inline.append(ordered ? HtmlListMarker.of(n++, type) + " " : "- ");
      for (Node c : li.childNodes()) {
        if (c instanceof Element sub
            && (sub.tagName().equals("ul") || sub.tagName().equals("ol"))) {
          flush(BlockType.LIST_ITEM, 0);
        }
        visit(c);
      }
      flush(BlockType.LIST_ITEM, 0);
    }
  }

  private static int parseStart(String start) {
    try {
      return start.isBlank() ? 1 : Integer.parseInt(start.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void table(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
          cells.add(HtmlCellText.of(cell));
          int span = parseStart(cell.attr("colspan"));
          for (int k = 1; k < Math.min(span, 64); k++) {
            cells.add("");
          }
        }
      }
      rows.add(cells);
    }
    if (LayoutTables.isLayout(rows)) {
      LayoutTables.columnLines(rows).forEach(line -> builder.paragraph(line, 0));
    } else {
      builder.addTable(rows, 0);
    }
  }

  private void flush(BlockType type, int level) {
    String text = tidy(inline.toString());
    inline.setLength(0);
    if (!text.isEmpty()) {
      builder.add(type, text, 0, level);
    }
  }

  /** Collapses spaces and trims every line; drops empty lines. */
  static String tidy(String raw) {
    StringBuilder out = new StringBuilder();
    for (String line : raw.replace('\u00A0', ' ').split("\n")) {
      String s = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
      if (!s.isEmpty()) {
        out.append(out.isEmpty() ? "" : "\n").append(s);
      }
    }
    return out.toString();
  }
}
