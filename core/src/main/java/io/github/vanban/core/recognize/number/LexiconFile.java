package io.github.vanban.core.recognize.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon resources shipped beside this package's classes. */
final class LexiconFile {

  private LexiconFile() {}

  /**
   * Returns the rows of a resource: lines split at tabs, NFC-normalised, without blank lines and
   * {@code #} comments.
   *
   * @throws IllegalStateException when the resource is missing or a row has fewer than {@code
   *     columns} fields (a packaging error, not bad input)
   */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = trimmed.split("\t");
        if (fields.length < columns) {
          throw new IllegalStateException(
              "lexicon " + resource + ": expected " + columns + " fields in '" + trimmed + "'");
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + resource + " failed", e);
    }
    return rows;
  }
}
