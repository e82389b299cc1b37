package io.github.vanban.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the seed texts of the repository's evaluation folder ({@link EvalDir}) and the dates and
 * header of their gold annotations.
 */
public final class SeedGold {

  private SeedGold() {}

  /**
   * One seed: its text file, its gold date values, and its gold header fields (empty when the gold
   * header is null).
   *
   * @param text the corpus file
   * @param dates the gold date values in order
   * @param header the gold header's string fields
   */
  public record Seed(Path text, List<String> dates, Map<String, String> header) {}

  /** Returns every seed with its gold, failing the calling test if there is none. */
  public static List<Seed> seeds() throws IOException {
    List<Path> files;
    try (var stream = Files.list(EvalDir.root().resolve("gold/seeds"))) {
      files = stream.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    if (files.isEmpty()) {
      fail("no *.gold.json in " + EvalDir.root().resolve("gold/seeds"));
    }
    List<Seed> seeds = new ArrayList<>();
    for (Path f : files) {
      seeds.add(read(f));
    }
    return seeds;
  }

  private static Seed read(Path goldFile) throws IOException {
    String file = null;
    List<String> dates = new ArrayList<>();
    Map<String, String> header = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(goldFile.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("file")) {
          file = p.getText();
        } else if (field.equals("dates")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            dates.add(readObject(p).get("value"));
          }
        } else if (field.equals("header") && value == JsonToken.START_OBJECT) {
          header.putAll(readObject(p));
        } else {
          p.skipChildren();
        }
      }
    }
    if (file == null) {
      fail("gold file without a 'file' field: " + goldFile);
    }
    return new Seed(EvalDir.root().resolve("corpus").resolve(file), dates, header);
  }

  private static Map<String, String> readObject(JsonParser p) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else {
        out.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
      }
    }
    return out;
  }
}
