package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.StoredOutline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The fields vanban indexes for one analysed file in OpenSearch: the object {@code vanban extract
 * --json} prints, without {@code source} and {@code error}, each metric also carrying {@code
 * periodStart} and {@code periodEnd} (the first and last day its period covers, for range queries),
 * so that the ingest processor and the client write identical documents.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisFields {

  private static final AnalysisJsonWriter WRITER = new AnalysisJsonWriter();
  private static final JsonFactory JSON = new JsonFactory();

  private AnalysisFields() {}

  /**
   * Returns the fields as one JSON object.
   *
   * @param doc the analysed file
   * @return the fields as one JSON object on a single line
   */
  public static String json(AnalyzedDocument doc) {
    StringWriter out = new StringWriter();
    try (JsonParser p = JSON.createParser(WRITER.write("", doc));
        JsonGenerator g = JSON.createGenerator(out)) {
      p.nextToken();
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("source") || name.equals("error")) {
          p.skipChildren();
        } else if (name.equals("metrics")) {
          g.writeFieldName(name);
          copyMentions(p, g, i -> DocumentValues.sentence(doc, doc.metrics().get(i)));
        } else if (name.equals("references")) {
          g.writeFieldName(name);
          copyMentions(p, g, i -> DocumentValues.sentence(doc, doc.references().get(i)));
        } else {
          g.writeFieldName(name);
          g.copyCurrentStructure(p);
        }
      }
      derived(g, doc);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reshape vanban's own JSON", e);
    }
    return out.toString();
  }

  private static void derived(JsonGenerator g, AnalyzedDocument doc) throws IOException {
    g.writeObjectFieldStart("counts");
    g.writeNumberField("references", doc.references().size());
    g.writeNumberField("dates", doc.dates().size());
    g.writeNumberField("figures", doc.figures().size());
    g.writeNumberField("metrics", doc.metrics().size());
    g.writeEndObject();
    g.writeStringField("title", DocumentValues.title(doc));
    g.writeStringField("outline", StoredOutline.encode(doc.get(StructureLayer.STRUCTURE)));
    g.writeStringField("year", DocumentValues.year(doc).map(String::valueOf).orElse(null));
    Header h = doc.header();
    g.writeStringField(
        "typeKey", h == null || h.type() == null ? null : DocumentMapper.typeKey(h.type()));
    g.writeStringField(
        "issuedDay",
        Optional.ofNullable(h == null ? null : h.issued())
            .filter(r -> r.start().equals(r.end()))
            .map(r -> r.start().toString())
            .orElse(null));
  }

  /** Copies an array of mentions, adding each one's excerpt and, to metrics, the period's days. */
  private static void copyMentions(JsonParser p, JsonGenerator g, IntFunction<String> excerpt)
      throws IOException {
    g.writeStartArray();
    for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        g.writeFieldName(name);
        g.copyCurrentStructure(p);
        if (name.equals("period")) {
          Optional<DateValue> range = DateValue.tryParse(p.getValueAsString());
          g.writeStringField("periodStart", range.map(r -> r.start().toString()).orElse(null));
          g.writeStringField("periodEnd", range.map(r -> r.end().toString()).orElse(null));
        }
      }
      g.writeStringField("excerpt", excerpt.apply(i));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
