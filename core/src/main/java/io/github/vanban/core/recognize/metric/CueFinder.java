package io.github.vanban.core.recognize.metric;

import static io.github.vanban.core.text.WordCharacters.isWordChar;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the cues of a set of indicators in a text by their {@link CueKey}s; a cue with a {@code .*}
 * gap matches its second part at most {@value #MAX_GAP} characters after the first, within one
 * clause. Immutable and thread-safe.
 */
final class CueFinder {

  /** The most characters a cue's gap may cover. */
  static final int MAX_GAP = 50;

  private record Cue(Indicator indicator, List<String> parts) {}

  /** A match and the index of its cue, which orders matches as a scan cue by cue would. */
  private record Found(int cue, CueMatch match) {}

  private final List<Cue> cues = new ArrayList<>();
  private final Map<String, Indicator> single = new HashMap<>();

  /**
   * Cue indexes by the first two characters of their first part (word characters) and the length of
   * its first word.
   */
  private final PairIndex byStart = new PairIndex();

  /** Cues whose first part is shorter or starts otherwise: searched everywhere. */
  private final List<Integer> anywhere = new ArrayList<>();

  CueFinder(Collection<Indicator> indicators) {
    for (Indicator ind : indicators) {
      for (String cue : ind.cues()) {
        List<String> parts = new ArrayList<>();
        for (String p : cue.split("\\.\\*")) {
          if (!p.isBlank()) {
            parts.add(CueKey.of(p.strip()));
          }
        }
        cues.add(new Cue(ind, List.copyOf(parts)));
        if (parts.size() == 1) {
          single.putIfAbsent(parts.get(0), ind);
        }
      }
    }
    index();
  }

  private void index() {
    for (int k = 0; k < cues.size(); k++) {
      String first = cues.get(k).parts().get(0);
      if (first.length() >= 2 && isWordChar(first.charAt(0))) {
        byStart.add(startKey(first, 0), k);
      } else {
        anywhere.add(k);
      }
    }
  }

  Optional<Indicator> named(String phrase) {
    return Optional.ofNullable(single.get(CueKey.of(phrase.strip())));
  }

  /**
   * Returns the cues in {@code text}, longest first where they overlap. A cue is tried only at the
   * word starts holding its first two characters (a scan of the text per cue was a sixth of the
   * pipeline); the matches are those of a scan, in the same order.
   */
  List<CueMatch> find(String text) {
    return findInKey(CueKey.of(text));
  }

  /** Returns the cues in a text whose {@link CueKey} is {@code key}, as {@link #find} does. */
  List<CueMatch> findInKey(String key) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i + 1 < key.length(); i++) {
      if (i == 0 || !isWordChar(key.charAt(i - 1))) {
        int[] starting = byStart.get(startKey(key, i));
        if (starting != null) {
          for (int k : starting) {
            tryAt(k, key, i, found);
          }
        }
      }
    }
    for (int k : anywhere) {
      String first = cues.get(k).parts().get(0);
      for (int i = key.indexOf(first); i >= 0; i = key.indexOf(first, i + 1)) {
        tryAt(k, key, i, found);
      }
    }
    found.sort(Comparator.comparingInt(Found::cue).thenComparingInt(f -> f.match().span().start()));
    List<CueMatch> all = new ArrayList<>(found.size());
    found.forEach(f -> all.add(f.match()));
    return longestFirst(all);
  }

  /** Adds the match of cue {@code k} whose first part starts at {@code i}, if there is one. */
  private void tryAt(int k, String key, int i, List<Found> found) {
    Cue cue = cues.get(k);
    String first = cue.parts().get(0);
    int end = i + first.length();
    if (!key.startsWith(first, i) || !wordStart(key, i) || !wordEnd(key, end)) {
      return;
    }
    int e = cue.parts().size() == 1 ? end : rest(key, end, cue.parts());
    if (e > 0) {
      found.add(new Found(k, new CueMatch(cue.indicator(), new TextSpan(i, e))));
    }
  }

  /**
   * Returns the index key of the text at word start {@code i}: its first two characters and the
   * length of its run of word characters. A cue's first part matches only where both are its own
   * (it ends at a word end or goes on with a character that is no word character), so a word start
   * is compared only with the cues of its own first word's length.
   */
  private static int startKey(String key, int i) {
    int end = i;
    while (end < key.length() && isWordChar(key.charAt(end))) {
      end++;
    }
    return (key.charAt(i) << 16 | key.charAt(i + 1)) * 31 + end - i;
  }

  /** Matches the parts after the first, each within the gap; returns the end or -1. */
  private static int rest(String key, int from, List<String> parts) {
    int pos = from;
    for (int k = 1; k < parts.size(); k++) {
      String p = parts.get(k);
      int limit = Math.min(key.length(), pos + MAX_GAP + p.length());
      int found = -1;
      for (int j = pos; j + p.length() <= limit; j++) {
        char c = key.charAt(j);
        boolean stop = c == '.' && !Character.isDigit(Clauses.charAt(key, j + 1));
        if (stop || c == ';' || c == '\n') {
          break;
        }
        if (key.startsWith(p, j) && wordStart(key, j) && wordEnd(key, j + p.length())) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      pos = found + p.length();
    }
    return pos;
  }

  private static boolean wordStart(String key, int i) {
    return i == 0 || !isWordChar(key.charAt(i - 1)) || !isWordChar(key.charAt(i));
  }

  private static boolean wordEnd(String key, int end) {
    return end >= key.length() || !isWordChar(key.charAt(end)) || !isWordChar(key.charAt(end - 1));
  }

  private static List<CueMatch> longestFirst(List<CueMatch> all) {
    all.sort(
        Comparator.comparingInt((CueMatch m) -> -m.span().length())
            .thenComparingInt(m -> m.span().start()));
    BitSet taken = new BitSet();
    List<CueMatch> kept = new ArrayList<>();
    for (CueMatch m : all) {
      int s = m.span().start();
      int e = m.span().end();
      if (taken.nextSetBit(s) < 0 || taken.nextSetBit(s) >= e) {
        taken.set(s, e);
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(m -> m.span().start()));
    return kept;
  }
}
