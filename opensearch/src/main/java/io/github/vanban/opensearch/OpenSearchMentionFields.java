package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The OpenSearch mapping of a layer of mentions (metrics, references): each printed mention with
 * its {@code excerpt} and, when it has a {@code period}, the first and last day the period covers
 * ({@code periodStart}, {@code periodEnd}, for range queries); counted. Stateless and thread-safe.
 *
 * @param <E> the mention's type
 */
final class OpenSearchMentionFields<E> implements OpenSearchLayerFields<List<E>> {

  private final BiFunction<AnalyzedDocument, E, String> excerpt;

  /** Creates the mapping of mentions whose excerpt {@code excerpt} gives. */
  OpenSearchMentionFields(BiFunction<AnalyzedDocument, E, String> excerpt) {
    this.excerpt = excerpt;
  }

  @Override
  public void copy(JsonParser p, List<E> mentions, AnalyzedDocument doc, JsonGenerator g)
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
      g.writeStringField("excerpt", excerpt.apply(doc, mentions.get(i)));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public OptionalInt count(List<E> mentions) {
    return OptionalInt.of(mentions.size());
  }
}
