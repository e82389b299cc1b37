package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the attributes of matched items: for each gold item, the first found item with the same
 * key, attribute by attribute where the gold gives a value.
 *
 * @param category the list whose items are checked
 * @param key the match key
 * @param prefix the name of the attributes in reports ({@code metric})
 * @param names the attributes checked ({@code status}, {@code period})
 */
record AttributeCheck(
    Category category, Function<JsonNode, String> key, String prefix, String... names) {

  /** Adds a tally per attribute to {@code out} and a line per wrong one to {@code errors}. */
  void run(JsonNode gold, JsonNode found, Map<String, Tally> out, List<String> errors) {
    Map<String, Deque<JsonNode>> pool = new HashMap<>();
    for (JsonNode f : found.path(category.key())) {
      pool.computeIfAbsent(key.apply(f), k -> new ArrayDeque<>()).add(f);
    }
    for (JsonNode item : gold.path(category.key())) {
      String k = key.apply(item);
      Deque<JsonNode> same = pool.get(k);
      if (same == null || same.isEmpty()) {
        continue;
      }
      JsonNode match = same.poll();
      for (String a : names) {
        String want = MatchKeys.text(item, a);
        if (want == null) {
          continue;
        }
        String got = MatchKeys.text(match, a);
        boolean right = want.equals(got);
        out.merge(prefix + "." + a, Tally.of(right), Tally::plus);
        if (!right) {
          errors.add(
              prefix
                  + "."
                  + a
                  + " "
                  + k
                  + ": gold «"
                  + want
                  + "», found «"
                  + got
                  + "» « "
                  + String.valueOf(MatchKeys.text(item, "text"))
                  + " »");
        }
      }
    }
  }
}
