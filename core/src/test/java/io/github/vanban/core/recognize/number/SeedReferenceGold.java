package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the seed texts of the repository's evaluation folder ({@link EvalDir}) and the references
 * of their gold annotations.
 */
final class SeedReferenceGold {

  private SeedReferenceGold() {}

  /** Returns the gold files of the seed texts, failing the calling test if there are none. */
  static List<Path> seedGoldFiles() throws IOException {
    List<Path> files;
    try (var stream = Files.list(EvalDir.root().resolve("gold/seeds"))) {
      files = stream.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    if (files.isEmpty()) {
      fail("no *.gold.json in " + EvalDir.root().resolve("gold/seeds"));
    }
    return files;
  }

  /** A gold file's corpus file and its references, each a map of its string fields. */
  record Gold(Path text, List<Map<String, String>> references) {}

  /** Reads a gold file. */
  static Gold read(Path goldFile) throws IOException {
    String file = null;
    List<Map<String, String>> references = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(goldFile.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("file")) {
          file = p.getText();
        } else if (field.equals("references")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            references.add(readObject(p));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (file == null) {
      fail("gold file without a 'file' field: " + goldFile);
    }
    return new Gold(EvalDir.root().resolve("corpus").resolve(file), references);
  }

  private static Map<String, String> readObject(JsonParser p) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      out.put(field, value == JsonToken.VALUE_NULL ? null : p.getText());
      p.skipChildren();
    }
    return out;
  }
}
