package io.github.vanban.bench.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists the generator draws from: issuers of the 63 provinces and the centre, subjects,
 * filler sentences and signer names (this package's resources), document type names and the
 * indicator lexicon (core's resources, so generated metrics use the cues vanban knows).
 *
 * <p>Immutable after loading and thread-safe.
 */
final class Lexicon {

  private static final String CORE = "/io/github/vanban/core/recognize/";

  final List<Issuer> issuers;
  final List<String> subjects;
  final List<String> sentences;
  final List<Indicator> indicators;
  final Map<String, List<String>> names;

  /**
   * An indicator of core's lexicon as the generator writes it.
   *
   * @param label its Vietnamese label, for tables
   * @param cues the phrases naming it in running text (no gaps)
   * @param unit its first unit ({@code %}, {@code VND}, {@code lượt khách}...)
   */
  record Indicator(String label, List<String> cues, String unit) {}

  private Lexicon(
      List<Issuer> issuers,
      List<String> subjects,
      List<String> sentences,
      List<Indicator> indicators,
      Map<String, List<String>> names) {
    this.issuers = List.copyOf(issuers);
    this.subjects = List.copyOf(subjects);
    this.sentences = List.copyOf(sentences);
    this.indicators = List.copyOf(indicators);
    this.names = Map.copyOf(names);
  }

  /** Loads the bundled lists. */
  static Lexicon load() {
    Map<String, String> typeNames = typeNames();
    List<Issuer> issuers = new ArrayList<>();
    List<String> provinces = lines("provinces.txt");
    for (String line : lines("issuers.tsv")) {
      IssuerTemplate t = IssuerTemplate.parse(line, typeNames);
      if (t.perProvince()) {
        provinces.forEach(p -> issuers.add(t.resolve(p)));
      } else {
        issuers.add(t.resolve(null));
      }
    }
    Map<String, List<String>> names = new HashMap<>();
    for (String line : lines("names.txt")) {
      String[] cols = line.split("\t");
      names.put(cols[0], Arrays.asList(cols[1].split("\\|")));
    }
    return new Lexicon(issuers, lines("subjects.txt"), lines("sentences.txt"), indicators(), names);
  }

  private static Map<String, String> typeNames() {
    Map<String, String> out = new HashMap<>();
    for (String line : read(CORE + "number/type-codes.tsv")) {
      String[] cols = line.split("\t");
      out.putIfAbsent(cols[0], cols[1]);
    }
    return out;
  }

  private static List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    for (String line : read(CORE + "metric/indicators.tsv")) {
      String[] cols = line.split("\t");
      if (cols[0].equals("id")) {
        continue;
      }
      List<String> cues = new ArrayList<>();
      for (String cue : cols[3].split("\\|")) {
        if (!cue.contains(".*") && !cue.contains("/")) {
          cues.add(cue);
        }
      }
      if (!cues.isEmpty()) {
        out.add(new Indicator(cols[2], cues, cols[4].split("\\|")[0]));
      }
    }
    return out;
  }

  private static List<String> lines(String resource) {
    return read(resource);
  }

  /** Reads a resource's lines, without blank lines and {@code #} comments. */
  private static List<String> read(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** Upper-cases Vietnamese text. */
  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
