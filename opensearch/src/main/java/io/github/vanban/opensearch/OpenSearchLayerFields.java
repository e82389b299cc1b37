package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * The OpenSearch mapping of one layer: how the layer's value, as {@code vanban extract --json}
 * prints it, is reshaped for the index, how many findings it counts, and the fields the index
 * derives from it. Registered for a {@link io.github.vanban.core.pipeline.LayerKey} in {@link
 * OpenSearchMappings}, so that {@link AnalysisFields} writes the layer without naming it. Every
 * method does nothing more than printing the layer by default.
 *
 * <p>The fields must be declared in the index template. Implementations are stateless and
 * thread-safe.
 *
 * @param <T> the layer's value type
 */
public interface OpenSearchLayerFields<T> {

  /**
   * Copies the layer's printed JSON value, reshaped as the index holds it: as printed by default.
   *
   * @param printed the parser of vanban's JSON, on the first token of the layer's value
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @param doc the analysed file
   * @param g the generator, after the layer's field name
   * @throws IOException when the parser or generator fails; never for vanban's in-memory JSON
   */
  default void copy(JsonParser printed, T value, AnalyzedDocument doc, JsonGenerator g)
      throws IOException {
    g.copyCurrentStructure(printed);
  }

  /**
   * Returns how many findings the layer holds, written under {@code counts} with the layer's JSON
   * field as the name.
   *
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @return the number of findings, or empty when the layer is not counted (the default)
   */
  default OptionalInt count(T value) {
    return OptionalInt.empty();
  }

  /**
   * Writes the fields the index derives from the layer, after the printed ones: none by default.
   *
   * @param value the layer's value (its key's empty value when the document lacks the layer)
   * @param g the generator, inside the document's object
   * @throws IOException when the generator fails; never for vanban's in-memory JSON
   */
  default void writeDerived(T value, JsonGenerator g) throws IOException {}
}
