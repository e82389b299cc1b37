package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.search.index.DocumentValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The fields vanban indexes for one analysed file in OpenSearch: the object {@code vanban extract
 * --json} prints, without {@code source} and {@code error}, each printed layer reshaped by its
 * {@link OpenSearchLayerFields} (each metric and reference with its {@code excerpt}, each metric
 * with {@code periodStart} and {@code periodEnd}, the first and last day its period covers, for
 * range queries); then {@code counts} (the count of each counted layer), {@code title}, {@code
 * year} and the fields the layers derive ({@code typeKey}, {@code issuedDay}, {@code outline}).
 * This class names no kind of finding: the layers' mappings come from {@link OpenSearchMappings}.
 * The ingest processor and the client call it; they write identical documents when the client uses
 * {@link OpenSearchMappings#STANDARD}, as the processor always does: a client given a registry of
 * its own ({@code OpenSearchIndex.open(os, index, mappings)}) writes the fields of its own
 * mappings, which the processor does not.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisFields {

  private static final AnalysisJsonWriter WRITER = new AnalysisJsonWriter();
  private static final JsonFactory JSON = new JsonFactory();

  private AnalysisFields() {}

  /**
   * Returns the fields of vanban's built-in layers ({@link OpenSearchMappings#STANDARD}) as one
   * JSON object.
   *
   * @param doc the analysed file
   * @return the fields as one JSON object on a single line
   */
  public static String json(AnalyzedDocument doc) {
    return json(doc, OpenSearchMappings.STANDARD);
  }

  /**
   * Returns the fields as one JSON object, each layer mapped as {@code mappings} registers it.
   *
   * @param doc the analysed file
   * @param mappings the OpenSearch mapping of each layer
   * @return the fields as one JSON object on a single line
   */
  public static String json(AnalyzedDocument doc, OpenSearchMappings mappings) {
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
        } else {
          g.writeFieldName(name);
          mappings.copy(name, p, doc, g);
        }
      }
      g.writeObjectFieldStart("counts");
      mappings.writeCounts(doc, g);
      g.writeEndObject();
      g.writeStringField("title", DocumentValues.title(doc));
      g.writeStringField("year", DocumentValues.year(doc).map(String::valueOf).orElse(null));
      mappings.writeDerived(doc, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reshape vanban's own JSON", e);
    }
    return out.toString();
  }
}
