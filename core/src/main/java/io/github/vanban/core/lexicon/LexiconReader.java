package io.github.vanban.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a lexicon file: one entry a line, fields separated by tabs; every line is NFC-normalised
 * and stripped, each field stripped; blank lines and lines starting with {@code #} are skipped. A
 * line with fewer than {@code minFields} or more than {@code maxFields} fields is an error whose
 * message names the lexicon and the line's number.
 *
 * <p>Every lexicon of vanban ({@code units.tsv}, {@code indicators.tsv}, {@code type-codes.tsv},
 * {@code relation-cues.tsv}, {@code body-names.txt}, {@code official-titles.txt}, ...) is read
 * here, so they all follow these rules. Immutable and thread-safe.
 *
 * @param name the lexicon's name in error messages ({@code units.tsv})
 * @param minFields the fewest fields a line may have, at least 1
 * @param maxFields the most fields a line may have, at least {@code minFields}
 */
public record LexiconReader(String name, int minFields, int maxFields) {

  /**
   * Validates the field counts.
   *
   * @param name the lexicon's name in error messages ({@code units.tsv})
   * @param minFields the fewest fields a line may have, at least 1
   * @param maxFields the most fields a line may have, at least {@code minFields}
   * @throws IllegalArgumentException when {@code minFields} is below 1 or above {@code maxFields}
   */
  public LexiconReader {
    Objects.requireNonNull(name, "name");
    if (minFields < 1 || maxFields < minFields) {
      throw new IllegalArgumentException(
          name + ": fields from " + minFields + " to " + maxFields + " is no valid range");
    }
  }

  /**
   * Returns the lines of a lexicon in the given reader.
   *
   * @param reader the lexicon's text; not closed
   * @return its entries in file order
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when a line has too few or too many fields (the message gives
   *     the lexicon's name and the line's number)
   */
  public List<LexiconLine> read(Reader reader) throws IOException {
    List<LexiconLine> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (!text.isEmpty() && !text.startsWith("#")) {
        out.add(parse(text, number));
      }
    }
    return out;
  }

  /**
   * Returns the lines of a lexicon shipped as a class-path resource in UTF-8 beside {@code owner}.
   *
   * @param owner the class whose package holds the resource
   * @return the entries of the resource {@link #name()}, in file order
   * @throws IllegalStateException when the resource is missing (a packaging error)
   * @throws UncheckedIOException when reading it fails
   * @throws IllegalArgumentException when a line is malformed, as {@link #read(Reader)}
   */
  public List<LexiconLine> readResource(Class<?> owner) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon resource " + name + " is missing beside " + owner.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + name + " failed", e);
    }
  }

  private LexiconLine parse(String text, int number) {
    List<String> fields = Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
    if (fields.size() < minFields || fields.size() > maxFields) {
      String expected =
          minFields == maxFields ? String.valueOf(minFields) : minFields + " to " + maxFields;
      throw new IllegalArgumentException(
          name + " line " + number + ": expected " + expected + " fields, got " + fields.size());
    }
    return new LexiconLine(number, fields);
  }
}
