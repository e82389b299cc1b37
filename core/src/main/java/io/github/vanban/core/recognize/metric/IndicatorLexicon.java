package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.lexicon.LexiconReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicators metrics are bound to, and the search for their cue phrases in a text.
 *
 * <p>The bundled lexicon ({@code indicators.tsv} beside this class) is built on the project's
 * shared indicator list and read once. {@link #load(Reader)} reads another file of the same
 * tab-separated columns ({@code id, label_en, label_vi, cues, units}; lists separated by {@code |};
 * a header line starting with {@code id} skipped; read by {@link LexiconReader}), and {@link
 * #with(Indicator)} adds or replaces one indicator, so users extend the lexicon without rebuilding.
 * Cues match case-insensitively with diacritics exact and old and new tone placement equal ({@code
 * hoà} = {@code hòa}). Immutable and thread-safe.
 */
public final class IndicatorLexicon {

  private static final String RESOURCE = "indicators.tsv";

  /** The first field of the column-header line, which is skipped. */
  private static final String HEADER = "id";

  /** Lines of five fields: id, label_en, label_vi, cues, units. */
  private static final LexiconReader READER = new LexiconReader(RESOURCE, 5, 5);

  private final Map<String, Indicator> byId;
  private final CueFinder finder;

  private IndicatorLexicon(Map<String, Indicator> byId) {
    this.byId = byId;
    this.finder = new CueFinder(byId.values());
  }

  /**
   * Returns the lexicon shipped with vanban.
   *
   * @return the shared bundled lexicon, loaded once
   */
  public static IndicatorLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Returns a lexicon of exactly the given indicators (a later id replaces an earlier one).
   *
   * @param indicators the indicators in order
   * @return the lexicon, in the order of the indicators' first ids
   */
  public static IndicatorLexicon of(List<Indicator> indicators) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    indicators.forEach(i -> map.put(i.id(), i));
    return new IndicatorLexicon(map);
  }

  /**
   * Reads a lexicon file.
   *
   * @param reader the lexicon in the format described above; not closed
   * @return the lexicon of the indicators read
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when a line is malformed (the message gives its number)
   */
  public static IndicatorLexicon load(Reader reader) throws IOException {
    return read(READER.read(reader));
  }

  /** The indicators of a lexicon's lines, its column-header line skipped. */
  private static IndicatorLexicon read(List<LexiconLine> lines) {
    return of(
        lines.stream()
            .filter(line -> !line.field(0).equals(HEADER))
            .map(IndicatorLexicon::parse)
            .toList());
  }

  private static Indicator parse(LexiconLine line) {
    try {
      return new Indicator(
          line.field(0), line.field(1), line.field(2), list(line.field(3)), list(line.field(4)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          RESOURCE + " line " + line.number() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).toList();
  }

  /**
   * Returns a lexicon with {@code indicator} added, replacing one with the same id.
   *
   * @param indicator the indicator to add or replace
   * @return a new lexicon; this one is unchanged
   */
  public IndicatorLexicon with(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    Map<String, Indicator> map = new LinkedHashMap<>(byId);
    map.put(indicator.id(), indicator);
    return new IndicatorLexicon(map);
  }

  /**
   * Returns the indicators in file order.
   *
   * @return the indicators, unmodifiable
   */
  public List<Indicator> indicators() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the indicator with id {@code id}.
   *
   * @param id the indicator id ({@code fdi})
   * @return the indicator, or empty when no indicator has that id
   */
  public Optional<Indicator> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the cue phrases written in {@code text}, in text order; where matches overlap, the
   * longest wins.
   *
   * @param text the text to search
   * @return the cue matches, empty when the text names no indicator
   */
  public List<CueMatch> find(String text) {
    return finder.find(text);
  }

  /** Returns what {@link #find} returns for a text whose {@link CueKey} is {@code key}. */
  List<CueMatch> findInKey(String key) {
    return finder.findInKey(key);
  }

  /**
   * Returns the indicator one of whose cues is exactly {@code phrase} ({@code giường bệnh/1 vạn
   * dân}), compared like cues.
   *
   * @param phrase the phrase to look up
   * @return the indicator, or empty when no cue is exactly that phrase
   */
  public Optional<Indicator> named(String phrase) {
    return finder.named(phrase);
  }

  private static final class Bundled {
    static final IndicatorLexicon INSTANCE = read(READER.readResource(IndicatorLexicon.class));
  }
}
