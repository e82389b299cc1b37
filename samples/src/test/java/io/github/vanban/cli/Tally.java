package io.github.vanban.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The multiset comparison of expected and actual keys: matches, misses and extras. */
record Tally(int truePositives, List<String> missed, List<String> extra) {

  /** Compares two multisets of keys. */
  static Tally of(List<String> expected, List<String> actual) {
    Map<String, Integer> pool = new HashMap<>();
    actual.forEach(k -> pool.merge(k, 1, Integer::sum));
    int tp = 0;
    List<String> missed = new ArrayList<>();
    for (String k : expected) {
      Integer n = pool.get(k);
      if (n != null && n > 0) {
        pool.put(k, n - 1);
        tp++;
      } else {
        missed.add(k);
      }
    }
    List<String> extra = new ArrayList<>();
    pool.forEach(
        (k, n) -> {
          for (int i = 0; i < n; i++) {
            extra.add(k);
          }
        });
    return new Tally(tp, List.copyOf(missed), List.copyOf(extra));
  }
}
