package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.core.pipeline.LayerWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes analysed documents as the JSON Lines of OUTPUT.md: one object per document on one line.
 *
 * <p>After the fields of the file ({@code source}, {@code format}, {@code pages}, {@code error},
 * {@code warnings}, {@code text}) come the layers, each printed by the writer its {@link LayerKey}
 * brings: first the built-in layers of {@link Layer#PRINTED} in the order of OUTPUT.md, present or
 * not (an absent one as its empty value), then every other printed layer the document holds, in the
 * order the stages added them. This class names no kind of finding. Immutable and thread-safe.
 */
public final class AnalysisJsonWriter {

  /**
   * Returns the JSON line (without line break) for a document read from {@code source}.
   *
   * @param source how the document is named in the output (a path or a name), written as {@code
   *     source}
   * @param doc the analysed document
   * @return one JSON object in the shape of OUTPUT.md, on a single line
   */
  public String write(String source, AnalyzedDocument doc) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("source", source);
          g.writeStringField("format", doc.metadata().format());
          g.writeNumberField("pages", doc.metadata().pages());
          g.writeNullField("error");
          g.writeArrayFieldStart("warnings");
          for (String w : doc.warnings()) {
            g.writeString(w);
          }
          g.writeEndArray();
          g.writeStringField("text", doc.text());
          for (LayerKey<?> key : printedLayers(doc)) {
            writeLayer(g, doc, key);
          }
        });
  }

  /**
   * Returns the JSON line for a file that could not be read: only {@code source} and {@code error}.
   *
   * @param source how the unreadable file is named in the output
   * @param error the reason reading failed, written as {@code error}
   * @return one JSON object on a single line
   */
  public String writeError(String source, String error) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("source", source);
          g.writeStringField("error", error);
        });
  }

  private static List<LayerKey<?>> printedLayers(AnalyzedDocument doc) {
    Set<LayerKey<?>> keys = new LinkedHashSet<>(Layer.PRINTED);
    for (Layer layer : doc.layers()) {
      if (layer instanceof LayerKey<?> key && key.writer().isPresent()) {
        keys.add(key);
      }
    }
    return new ArrayList<>(keys);
  }

  private static <T> void writeLayer(JsonGenerator g, AnalyzedDocument doc, LayerKey<T> key)
      throws IOException {
    LayerWriter<T> writer = key.writer().orElseThrow();
    g.writeFieldName(key.jsonField().orElseThrow());
    writer.write(g, doc.get(key));
  }
}
