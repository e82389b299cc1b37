package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.search.index.PeriodRange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

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

  /** Returns the fields as one JSON object. */
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
          copyMetrics(p, g);
        } else {
          g.writeFieldName(name);
          g.copyCurrentStructure(p);
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reshape vanban's own JSON", e);
    }
    return out.toString();
  }

  private static void copyMetrics(JsonParser p, JsonGenerator g) throws IOException {
    g.writeStartArray();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        g.writeFieldName(name);
        g.copyCurrentStructure(p);
        if (name.equals("period")) {
          Optional<PeriodRange> range = PeriodRange.parse(p.getValueAsString());
          g.writeStringField("periodStart", range.map(r -> r.start().toString()).orElse(null));
          g.writeStringField("periodEnd", range.map(r -> r.end().toString()).orElse(null));
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
