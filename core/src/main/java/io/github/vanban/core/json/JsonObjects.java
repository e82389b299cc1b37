package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.json.shape.HeaderJson;
import io.github.vanban.core.model.Header;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The pieces every vanban JSON writer shares: one object rendered on one line, and the header
 * object of OUTPUT.md. Stateless and thread-safe.
 */
public final class JsonObjects {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonObjects() {}

  /** Writes the fields of one JSON object. */
  @FunctionalInterface
  public interface Fields {
    /**
     * Writes fields into the open object.
     *
     * @param g the generator, positioned inside the object
     * @throws IOException never for the in-memory writer; declared by Jackson
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Returns one JSON object, on one line, holding the fields {@code fields} writes.
   *
   * @param fields writes the fields between the object's braces
   * @return the object's JSON text, without a line break
   */
  public static String object(Fields fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return out.toString();
  }

  /**
   * Writes {@code "header": {...}} in the shape of OUTPUT.md, or {@code null}.
   *
   * @param g the generator, positioned inside an object
   * @param h the header, or {@code null} to write {@code "header": null}
   * @throws IOException when the generator fails to write; never for an in-memory writer
   */
  public static void writeHeader(JsonGenerator g, Header h) throws IOException {
    g.writeFieldName("header");
    HeaderJson.write(g, h);
  }
}
