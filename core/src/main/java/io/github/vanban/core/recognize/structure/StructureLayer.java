package io.github.vanban.core.recognize.structure;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.pipeline.IndexField;
import io.github.vanban.core.pipeline.LayerKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure layer: its key, printed by {@code vanban extract --json} under {@code structure} as
 * an array of nodes {@code {"level", "label", "title", "start", "end", "children"}}, and indexed as
 * one {@value #SECTIONS_FIELD} value per heading.
 */
public final class StructureLayer {

  /**
   * The search field of the headings: one value per part, chapter, section and article, its label
   * and title as a reader quotes them ({@code Điều 5. Phạm vi điều chỉnh}, {@code Chương II}).
   * Clauses and points have no heading of their own and are not indexed.
   */
  public static final String SECTIONS_FIELD = "sections";

  /** The document's top-level units, each with the units inside it; empty for a plain text. */
  public static final LayerKey<List<StructureNode>> STRUCTURE =
      LayerKey.<StructureNode>ofList("STRUCTURE")
          .printedAs("structure", StructureLayer::write)
          .indexedAs(StructureLayer::headings);

  private StructureLayer() {}

  /** Returns a {@value #SECTIONS_FIELD} field per heading of {@code nodes}, in text order. */
  static List<IndexField> headings(List<StructureNode> nodes) {
    List<IndexField> out = new ArrayList<>();
    addHeadings(nodes, out);
    return out;
  }

  private static void addHeadings(List<StructureNode> nodes, List<IndexField> out) {
    for (StructureNode n : nodes) {
      if (n.level().isBelow(StructureLevel.ARTICLE)) {
        continue;
      }
      String heading = n.title() == null ? n.label() : n.label() + ". " + n.title();
      out.add(new IndexField(SECTIONS_FIELD, heading));
      addHeadings(n.children(), out);
    }
  }

  /** Writes {@code nodes} as the JSON array of docs/OUTPUT.md. */
  static void write(JsonGenerator g, List<StructureNode> nodes) throws IOException {
    g.writeStartArray();
    for (StructureNode n : nodes) {
      g.writeStartObject();
      g.writeStringField("level", n.level().name());
      g.writeStringField("label", n.label());
      g.writeStringField("title", n.title());
      g.writeNumberField("start", n.span().start());
      g.writeNumberField("end", n.span().end());
      g.writeFieldName("children");
      write(g, n.children());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
