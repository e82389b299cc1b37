package io.github.vanban.extract.text;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.extract.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown with the CommonMark parser (and GFM tables): headings become headings, emphasis
 * and link markup go, a paragraph's hard wraps are joined, lists become list items and tables table
 * blocks. A text is taken for Markdown when it shows two kinds of Markdown markup (an ATX heading,
 * strong emphasis, a table rule, a link) or a table rule. Stateless and thread-safe.
 */
final class MarkdownText {

  private static final List<Sign> SIGNS =
      List.of(
          new Sign(List.of("#"), Pattern.compile("(?m)^#{1,6} \\S")),
          new Sign(List.of("**", "__"), Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__")),
          new Sign(List.of("]("), Pattern.compile("\\[[^\\]\\n]+\\]\\([^)\\s]+\\)")),
          new Sign(List.of("```"), Pattern.compile("(?m)^```")));

  private static final Sign TABLE_RULE =
      new Sign(
          List.of("---"),
          Pattern.compile("(?m)^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$"));

  /**
   * A kind of Markdown markup: its pattern, and the literals one of which every match holds, so a
   * text without them (most plain text) is not scanned by the pattern.
   */
  private record Sign(List<String> literals, Pattern pattern) {

    boolean foundIn(String text) {
      return literals.stream().anyMatch(text::contains) && pattern.matcher(text).find();
    }
  }

  /** The parser, built on first use: plain text never loads the Markdown classes. */
  private static final class Holder {
    static final Parser PARSER =
        Parser.builder().extensions(List.of(TablesExtension.create())).build();
  }

  private MarkdownText() {}

  /** Returns true when {@code text} reads as Markdown rather than plain text. */
  static boolean looksLikeMarkdown(String text) {
    if (TABLE_RULE.foundIn(text)) {
      return true;
    }
    return SIGNS.stream().filter(sign -> sign.foundIn(text)).count() >= 2;
  }

  /** Adds the blocks of the Markdown {@code text} to {@code out}. */
  static void write(String text, DocumentBuilder out) {
    for (Node n = Holder.PARSER.parse(text).getFirstChild(); n != null; n = n.getNext()) {
      block(n, out);
    }
  }

  private static void block(Node n, DocumentBuilder out) {
    if (n instanceof Heading h) {
      out.add(BlockType.HEADING, inline(h), 0, h.getLevel());
    } else if (n instanceof Paragraph p) {
      out.paragraph(inline(p), 0);
    } else if (n instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          out.add(BlockType.LIST_ITEM, inline(item), 0, 0);
        }
      }
    } else if (n instanceof TableBlock table) {
      out.addTable(rows(table), 0);
    } else if (n instanceof BlockQuote) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        block(c, out);
      }
    } else if (n instanceof FencedCodeBlock code) {
      out.paragraph(code.getLiteral(), 0);
    } else if (n instanceof IndentedCodeBlock code) {
      out.paragraph(code.getLiteral(), 0);
    } else if (n instanceof HtmlBlock html) {
      out.paragraph(Jsoup.parse(html.getLiteral()).text(), 0);
    }
  }

  private static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    collectRows(table, rows);
    return rows;
  }

  private static void collectRows(Node n, List<List<String>> rows) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(inline(cell));
          }
        }
        rows.add(cells);
      } else {
        collectRows(c, rows);
      }
    }
  }

  /** The text of a node's inlines: markup dropped, soft wraps as spaces, hard breaks kept. */
  private static String inline(Node node) {
    StringBuilder sb = new StringBuilder();
    appendInline(node, sb);
    return sb.toString().strip();
  }

  private static void appendInline(Node node, StringBuilder sb) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (c instanceof Code code) {
        sb.append(code.getLiteral());
      } else if (c instanceof SoftLineBreak) {
        sb.append(' ');
      } else if (c instanceof HardLineBreak) {
        sb.append('\n');
      } else if (c instanceof Paragraph && sb.length() > 0) {
        sb.append(' ');
        appendInline(c, sb);
      } else {
        appendInline(c, sb);
      }
    }
  }
}
