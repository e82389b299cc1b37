package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.lexicon.LexiconReader;
import io.github.vanban.core.text.WordCharacters;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The units, currencies, count nouns and rate denominators the figure recogniser knows, matched
 * longest first and in any case.
 *
 * <p>The bundled lexicon ({@code units.tsv} beside this class) is read once; {@link #load(Reader)}
 * reads another in the same format: one entry a line, {@code KIND<TAB>written[<TAB>canonical]},
 * where KIND is a {@link UnitKind} name, read by {@link LexiconReader} ({@code #} comments, blank
 * lines skipped, NFC). Immutable and thread-safe.
 */
public final class UnitLexicon {

  private static final String RESOURCE = "units.tsv";

  /** Lines of two or three fields: kind, written form, optional canonical form. */
  private static final LexiconReader READER = new LexiconReader(RESOURCE, 2, 3);

  /** A unit found in a text. */
  public record Match(Unit unit, int start, int end) {}

  private final Map<Character, List<Unit>> byFirst;

  private UnitLexicon(List<Unit> units) {
    Map<Character, List<Unit>> map = new HashMap<>();
    for (Unit u : units) {
      map.computeIfAbsent(Character.toLowerCase(u.written().charAt(0)), k -> new ArrayList<>())
          .add(u);
    }
    map.values()
        .forEach(l -> l.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed()));
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byFirst = Map.copyOf(map);
  }

  /**
   * Returns the lexicon shipped with vanban.
   *
   * @return the shared bundled lexicon, loaded once
   */
  public static UnitLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a lexicon.
   *
   * @param reader the lexicon in the format described above; not closed
   * @return the lexicon of the units read
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when a line is malformed (the message gives its number)
   */
  public static UnitLexicon load(Reader reader) throws IOException {
    return of(READER.read(reader));
  }

  private static UnitLexicon of(List<LexiconLine> lines) {
    List<Unit> units = new ArrayList<>();
    for (LexiconLine line : lines) {
      units.add(parse(line));
    }
    return new UnitLexicon(units);
  }

  private static Unit parse(LexiconLine line) {
    UnitKind kind;
    try {
      kind = UnitKind.valueOf(line.field(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          RESOURCE + " line " + line.number() + ": unknown kind " + line.field(0), e);
    }
    String written = line.field(1);
    String canonical = line.field(2, written.toLowerCase(Locale.ROOT));
    return new Unit(written, canonical, kind);
  }

  /**
   * Returns the longest unit of one of {@code kinds} written at {@code start} and ending at a word
   * boundary, or {@code null}. A longer {@link UnitKind#NONE} entry wins over the others, so {@code
   * đồng chí} is no money; it is returned, and callers treat it as no unit.
   *
   * @param text the text to read
   * @param start the UTF-16 offset where the unit would begin
   * @param kinds the kinds of unit wanted
   * @return the unit and its span {@code [start, end)}, or {@code null} when none is written there
   */
  public Match match(CharSequence text, int start, Set<UnitKind> kinds) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kinds, "kinds");
    if (start < 0 || start >= text.length()) {
      return null;
    }
    List<Unit> candidates = byFirst.get(Character.toLowerCase(text.charAt(start)));
    if (candidates == null) {
      return null;
    }
    for (Unit u : candidates) {
      if (u.kind() != UnitKind.NONE && !kinds.contains(u.kind())) {
        continue;
      }
      String w = u.written();
      boolean endsInWord = WordCharacters.isWordChar(w.charAt(w.length() - 1));
      if (Texts.regionAt(text, start, w)
          && !(endsInWord && WordCharacters.wordCharAt(text, start + w.length()))) {
        return new Match(u, start, start + w.length());
      }
    }
    return null;
  }

  private static final class Bundled {
    static final UnitLexicon INSTANCE = of(READER.readResource(UnitLexicon.class));
  }
}
