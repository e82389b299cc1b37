package io.github.vanban.extract.office;

import static io.github.vanban.extract.office.WordXml.MC;
import static io.github.vanban.extract.office.WordXml.attr;
import static io.github.vanban.extract.office.WordXml.child;
import static io.github.vanban.extract.office.WordXml.children;
import static io.github.vanban.extract.office.WordXml.intVal;
import static io.github.vanban.extract.office.WordXml.is;
import static io.github.vanban.extract.office.WordXml.path;
import static io.github.vanban.extract.office.WordXml.val;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a DOCX story (the body, a footnote, a header, a text box, a table cell) into {@link
 * WordPart}s in reading order: paragraphs with heading levels and rendered list markers, tables
 * with their cells, content controls unwrapped, text boxes after the paragraph that anchors them.
 *
 * <p>Not thread-safe: it keeps the list counters of one document, so read stories in order.
 */
final class DocxBodyReader {

  private final DocxStyles styles;
  private final DocxNumbering numbering;
  private final DocxRuns runs;
  private final ListNumberer numberer = new ListNumberer();
  private DocxAltChunks chunks;

  /** Reads with the document's styles, list definitions and legacy-font converter. */
  DocxBodyReader(DocxStyles styles, DocxNumbering numbering, LegacyFontText legacy) {
    this.styles = styles;
    this.numbering = numbering;
    this.runs = new DocxRuns(styles, legacy);
  }

  /**
   * Returns the parts of the document's body, the parts its {@code w:altChunk}s import read by
   * {@code chunks} in their place.
   */
  List<WordPart> readBody(Node body, DocxAltChunks chunks) {
    this.chunks = chunks;
    try {
      return read(body);
    } finally {
      this.chunks = null;
    }
  }

  /**
   * Returns the parts of the block-level children of {@code container}; outside the body an
   * altChunk (whose relationship would be its own part's) is not read.
   */
  List<WordPart> read(Node container) {
    List<WordPart> out = new ArrayList<>();
    blocks(container, out);
    return out;
  }

  private void blocks(Node container, List<WordPart> out) {
    for (Element e : children(container)) {
      if (is(e, "p")) {
        paragraph(e, out);
      } else if (is(e, "tbl")) {
        out.add(table(e));
      } else if (is(e, "sdt")) {
        blocks(child(e, "sdtContent"), out);
      } else if (is(e, "altChunk") && chunks != null) {
        out.addAll(chunks.read(relationshipId(e)));
      } else if (is(e, "customXml") || is(e, "ins") || is(e, "moveTo")) {
        blocks(e, out);
      } else if (MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName())) {
        blocks(children(e).stream().findFirst().orElse(null), out);
      }
    }
  }

  private void paragraph(Element p, List<WordPart> out) {
    Element pPr = child(p, "pPr");
    String style = styles.paragraphStyle(pPr);
    String marker = marker(pPr, style);
    DocxRuns.Inline inline = runs.collect(p, style);
    if (!inline.text().isBlank()) {
      int level = styles.headingLevel(pPr, style);
      out.add(
          new WordPart.Paragraph(marker + inline.text(), level, !marker.isEmpty() && level == 0));
    }
    for (Element box : inline.textBoxes()) {
      blocks(box, out);
    }
  }

  private static String relationshipId(Element e) {
    String id = e.getAttributeNS(WordXml.R, "id");
    return id == null || id.isEmpty() ? null : id;
  }

  /** Advances the paragraph's list counter and returns its marker, or "". */
  private String marker(Element pPr, String style) {
    Element numPr = path(pPr, "numPr");
    Element styleNumPr = styles.styleNumbering(style);
    String numId = val(numPr, "numId");
    if (numId == null) {
      numId = val(styleNumPr, "numId");
    }
    int ilvl = intVal(numPr, "ilvl", intVal(styleNumPr, "ilvl", 0));
    if (numId == null) {
      return "";
    }
    Optional<ListRef> ref = numbering.ref(numId, ilvl);
    return ref.map(numberer::next).orElse("");
  }

  private WordPart.Table table(Element tbl) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : unwrap(tbl, "tr")) {
      List<String> cells = new ArrayList<>();
      for (Element tc : unwrap(tr, "tc")) {
        Element tcPr = child(tc, "tcPr");
        Element vMerge = child(tcPr, "vMerge");
        boolean continued = vMerge != null && !"restart".equals(attr(vMerge, "val"));
        cells.add(continued ? "" : cellText(read(tc)));
        int span = intVal(tcPr, "gridSpan", 1);
        cells.addAll(Collections.nCopies(Math.max(0, Math.min(span, 64) - 1), ""));
      }
      rows.add(cells);
    }
    return new WordPart.Table(rows);
  }

  /** The children named {@code name}, looking through content controls and custom XML. */
  private static List<Element> unwrap(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent)) {
      if (is(e, name)) {
        out.add(e);
      } else if (is(e, "sdt")) {
        out.addAll(unwrap(child(e, "sdtContent"), name));
      } else if (is(e, "customXml")) {
        out.addAll(unwrap(e, name));
      }
    }
    return out;
  }

  /** A cell's text: its paragraphs one per line, a nested table's rows one per line. */
  static String cellText(List<WordPart> parts) {
    StringBuilder sb = new StringBuilder();
    for (WordPart part : parts) {
      if (part instanceof WordPart.Paragraph p) {
        sb.append(sb.isEmpty() ? "" : "\n").append(p.text());
      } else if (part instanceof WordPart.Table t) {
        t.rows().forEach(row -> sb.append(sb.isEmpty() ? "" : "\n").append(String.join(" ", row)));
      }
    }
    return sb.toString();
  }
}
