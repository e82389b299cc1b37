package io.github.vanban.search.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files an indexing run did not index as JSON Lines: one {@code {"source", "reason",
 * "message"}} object per line, in the order given.
 *
 * <p>Stateless and thread-safe.
 */
public final class FailureReport {

  private static final JsonFactory JSON = new JsonFactory();

  private FailureReport() {}

  /**
   * Writes {@code failures} to {@code file}, replacing it; an empty list gives an empty file.
   *
   * @param failures the failures to write, one JSON object a line
   * @param file the report file, created or replaced, UTF-8
   * @throws IOException when the file cannot be written
   */
  public static void write(List<Failure> failures, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Failure f : failures) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeStringField("source", f.source());
          g.writeStringField("reason", f.reason());
          g.writeStringField("message", f.message());
          g.writeEndObject();
        }
        out.write('\n');
      }
    }
  }
}
