package io.github.vanban.core.recognize.structure;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.pipeline.LayerKey;
import java.io.IOException;
import java.util.List;

/**
 * The structure layer: its key, printed by {@code vanban extract --json} under {@code structure} as
 * an array of nodes {@code {"level", "label", "title", "start", "end", "children"}}.
 */
public final class StructureLayer {

  /** The document's top-level units, each with the units inside it; empty for a plain text. */
  public static final LayerKey<List<StructureNode>> STRUCTURE =
      LayerKey.<StructureNode>ofList("STRUCTURE").printedAs("structure", StructureLayer::write);

  private StructureLayer() {}

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
