package io.github.vanban.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a web page as a provincial portal publishes a document: navigation and footer boilerplate
 * around it, the header in a two-column table, paragraphs, headings and tables. Stateless and
 * thread-safe.
 */
final class HtmlWriter implements DocumentWriter {

  @Override
  public void write(GeneratedDocument doc, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(doc.title() + " " + doc.numberLine()))
        .append("</title></head><body>\n<nav><ul><li><a href=\"/\">Trang chủ</a></li>")
        .append("<li><a href=\"/van-ban\">Văn bản</a></li><li><a href=\"/lien-he\">Liên hệ</a>")
        .append("</li></ul></nav>\n<div class=\"content\">\n<table class=\"header\"><tr><td>")
        .append(lines(doc.issuerLines()))
        .append("<br>")
        .append(escape(doc.numberLine()))
        .append("</td><td>")
        .append(lines(doc.mottoLines()))
        .append("<br><i>")
        .append(escape(doc.placeDateLine()))
        .append("</i></td></tr></table>\n<h1>")
        .append(escape(doc.title()))
        .append("</h1>\n<h2>")
        .append(escape(doc.subject()))
        .append("</h2>\n");
    for (Part p : doc.body()) {
      part(p, s);
    }
    s.append("<p class=\"signature\">")
        .append(lines(doc.signature()))
        .append("</p>\n</div>\n")
        .append("<footer>Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin.")
        .append("</footer>\n</body></html>\n");
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void part(Part p, StringBuilder s) {
    if (p instanceof Part.Heading h) {
      s.append("<h3>").append(escape(h.text())).append("</h3>\n");
    } else if (p instanceof Part.Paragraph para) {
      s.append("<p>").append(escape(para.text())).append("</p>\n");
    } else if (p instanceof Part.Table t) {
      s.append("<table border=\"1\">\n");
      for (List<String> row : t.rows()) {
        s.append("<tr>");
        row.forEach(c -> s.append("<td>").append(escape(c)).append("</td>"));
        s.append("</tr>\n");
      }
      s.append("</table>\n");
    }
  }

  private static String lines(List<String> lines) {
    return String.join("<br>", lines.stream().map(HtmlWriter::escape).toList());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
