package io.github.vanban.extract.ocrspell;

import io.github.vanban.core.text.TonePlacement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each syllable, and each pair of syllables side by side, occurs in Vietnamese
 * administrative text, read from a TSV that {@code eval/syllable-counts.py} writes: {@code
 * 1<TAB>syllable<TAB>count} and {@code 2<TAB>left<TAB>right<TAB>count} lines, {@code #} comments.
 *
 * <p>Syllables are kept lower case in the new tone placement ({@code hòa}, not {@code hoà}), so
 * both placements count as one. Also indexes the possible syllables by their {@link
 * SyllableShape#skeleton skeleton}: the variants that differ from a word only in their marks.
 * Immutable and thread-safe.
 */
final class SyllableCounts {

  private static final String RESOURCE = "syllables.tsv";

  private final Map<String, Integer> unigrams;
  private final Map<String, Integer> bigrams;
  private final Map<String, List<String>> variants;
  private final long total;

  private SyllableCounts(Map<String, Integer> unigrams, Map<String, Integer> bigrams) {
    this.unigrams = Map.copyOf(unigrams);
    this.bigrams = Map.copyOf(bigrams);
    Map<String, List<String>> bySkeleton = new HashMap<>();
    long sum = 0;
    for (Map.Entry<String, Integer> e : unigrams.entrySet()) {
      sum += e.getValue();
      if (SyllableShape.isValid(e.getKey())) {
        bySkeleton
            .computeIfAbsent(SyllableShape.skeleton(e.getKey()), k -> new ArrayList<>())
            .add(e.getKey());
      }
    }
    this.variants = Map.copyOf(bySkeleton);
    this.total = Math.max(1, sum);
  }

  /** The counts shipped with vanban, read once. */
  static SyllableCounts standard() {
    return Standard.COUNTS;
  }

  /** Reads counts in the TSV shape the class describes. */
  static SyllableCounts read(BufferedReader in) throws IOException {
    Map<String, Integer> unigrams = new HashMap<>();
    Map<String, Integer> bigrams = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] f = line.split("\t");
      if (f.length == 3 && f[0].equals("1")) {
        unigrams.merge(key(f[1]), Integer.parseInt(f[2]), Integer::sum);
      } else if (f.length == 4 && f[0].equals("2")) {
        bigrams.merge(pair(key(f[1]), key(f[2])), Integer.parseInt(f[3]), Integer::sum);
      }
    }
    return new SyllableCounts(unigrams, bigrams);
  }

  /** Returns the key a word is counted under: lower case, new tone placement. */
  static String key(String word) {
    return TonePlacement.toNew(word);
  }

  /** Returns how often syllable {@code key} occurs. */
  int count(String key) {
    return unigrams.getOrDefault(key, 0);
  }

  /** Returns how often {@code right} directly follows {@code left} (0 below the table's floor). */
  int count(String left, String right) {
    return bigrams.getOrDefault(pair(left, right), 0);
  }

  /** Returns the possible syllables seen in the counts whose skeleton is {@code skeleton}. */
  List<String> variants(String skeleton) {
    return variants.getOrDefault(skeleton, List.of());
  }

  /** Returns the number of syllables counted. */
  long total() {
    return total;
  }

  /** Returns the number of distinct syllables counted. */
  int distinct() {
    return unigrams.size();
  }

  private static String pair(String left, String right) {
    return left + ' ' + right;
  }

  /** Holds the shipped counts, loaded on first use. */
  private static final class Standard {
    static final SyllableCounts COUNTS = load();

    private static SyllableCounts load() {
      InputStream stream = SyllableCounts.class.getResourceAsStream(RESOURCE);
      if (stream == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
