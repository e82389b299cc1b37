package io.github.vanban.core.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes the value of one layer as a JSON value (an object, an array, a string or {@code null}):
 * what a {@link LayerKey} brings so that {@code vanban extract --json} prints the layer without the
 * JSON writer naming it.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the layer's value type
 */
@FunctionalInterface
public interface LayerWriter<T> {

  /**
   * Writes {@code value} as exactly one JSON value at the generator's position.
   *
   * @param g the generator, positioned after the layer's field name
   * @param value the layer's value (its key's empty value when the layer is absent)
   * @throws IOException when the generator fails; never for the in-memory writers vanban uses
   */
  void write(JsonGenerator g, T value) throws IOException;
}
