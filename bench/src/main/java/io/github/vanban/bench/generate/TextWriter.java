package io.github.vanban.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes plain UTF-8 text (the header's columns one after the other, as a converter gives them) or
 * Markdown (the header as a two-column table, bold titles, headings, pipe tables). Stateless and
 * thread-safe.
 */
final class TextWriter implements DocumentWriter {

  private static final int COLUMN = 34;

  private final boolean markdown;

  TextWriter(boolean markdown) {
    this.markdown = markdown;
  }

  @Override
  public void write(GeneratedDocument doc, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    if (markdown) {
      markdownHeader(doc, s);
    } else {
      doc.issuerLines().forEach(l -> s.append(l).append('\n'));
      s.append(doc.numberLine()).append('\n');
      doc.mottoLines().forEach(l -> s.append(l).append('\n'));
      s.append(doc.placeDateLine()).append("\n\n");
      s.append(doc.title()).append('\n').append(doc.subject()).append("\n\n");
    }
    for (Part p : doc.body()) {
      part(p, s);
    }
    doc.signature().forEach(l -> s.append(l).append('\n'));
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The header as Pandoc writes a borderless two-column Word table: a simple table. */
  private static void markdownHeader(GeneratedDocument doc, StringBuilder s) {
    String rule = "  " + "-".repeat(COLUMN - 1) + " " + "-".repeat(COLUMN + 6) + "\n";
    s.append(rule);
    List<String> left = doc.issuerLines();
    List<String> right = doc.mottoLines();
    for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
      s.append(pad(bold(left, k))).append(bold(right, k)).append('\n');
    }
    s.append('\n')
        .append(pad(doc.numberLine()))
        .append('*')
        .append(doc.placeDateLine())
        .append("*\n")
        .append(rule)
        .append("\n**")
        .append(doc.title())
        .append("**\n\n")
        .append(doc.subject())
        .append("\n\n");
  }

  /** Line {@code k} of a bold column block: {@code **} opens the first and closes the last. */
  private static String bold(List<String> lines, int k) {
    if (k >= lines.size()) {
      return "";
    }
    String open = k == 0 ? "**" : "";
    String close = k == lines.size() - 1 ? "**" : "\\";
    return open + lines.get(k) + close;
  }

  private static String pad(String cell) {
    return "  " + cell + " ".repeat(Math.max(1, COLUMN + 1 - cell.length()));
  }

  private void part(Part p, StringBuilder s) {
    if (p instanceof Part.Heading h) {
      s.append(markdown ? "## " : "").append(h.text()).append("\n\n");
    } else if (p instanceof Part.Paragraph para) {
      s.append(para.text()).append("\n\n");
    } else if (p instanceof Part.Table t) {
      table(t.rows(), s);
    }
  }

  private void table(List<List<String>> rows, StringBuilder s) {
    for (int k = 0; k < rows.size(); k++) {
      s.append(
              markdown
                  ? "| " + String.join(" | ", rows.get(k)) + " |"
                  : String.join("\t", rows.get(k)))
          .append('\n');
      if (k == 0 && markdown) {
        s.append("|---".repeat(rows.get(0).size())).append("|\n");
      }
    }
    s.append('\n');
  }
}
