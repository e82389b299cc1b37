package io.github.vanban.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which documents of a corpus form the development part and which the test part, read from a TSV
 * file of {@code file<TAB>part} lines (file relative to the corpus folder; {@code #} starts a
 * comment line). Immutable.
 *
 * @param parts the part of each listed file
 */
public record Split(Map<String, String> parts) {

  /**
   * Copies the map.
   *
   * @param parts the part of each listed file
   */
  public Split {
    parts = Map.copyOf(Objects.requireNonNull(parts, "parts"));
  }

  /**
   * Reads a split file.
   *
   * @param tsv the split file, UTF-8
   * @return the split
   * @throws IOException when it cannot be read or a line is not {@code file<TAB>part}
   */
  public static Split read(Path tsv) throws IOException {
    Map<String, String> parts = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IOException(tsv + ":" + n + ": expected FILE<TAB>PART, got: " + line);
      }
      parts.put(f[0].strip(), f[1].strip());
    }
    return new Split(parts);
  }

  /**
   * Returns whether {@code gold}'s document belongs to {@code part}.
   *
   * @param gold a gold file
   * @param part a part name, such as {@code dev} or {@code test}
   * @return true when the split lists the gold's document under {@code part}
   */
  public boolean holds(GoldFile gold, String part) {
    return part.equals(parts.get(gold.file()));
  }
}
