package io.github.vanban.extract.office;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Renders Word's automatic list markers the way a reader sees them ({@code Điều 1.}, {@code 1.2.},
 * {@code a)}, {@code IV.}, {@code -}) by keeping a counter per list definition and level.
 *
 * <p>Counters are shared by every list instance of one definition, as in Word; an instance with a
 * start override restarts its level when it is first used; using a level restarts the deeper levels
 * that restart after it. Not thread-safe: one per extraction, fed paragraphs in reading order.
 */
final class ListNumberer {

  private static final int LEVELS = 9;

  private final Map<String, Integer[]> counters = new HashMap<>();
  private final Set<String> seenInstances = new HashSet<>();

  /** Advances the paragraph's counter and returns its marker with the suffix, or "" for none. */
  String next(ListRef ref) {
    Integer[] values = counters.computeIfAbsent(ref.counterKey(), k -> new Integer[LEVELS]);
    if (seenInstances.add(ref.instanceKey())) {
      ref.startOverrides().forEach((lvl, start) -> set(values, lvl, start - 1));
    }
    int lvl = ref.level();
    ListLevel level = ref.levels().get(lvl);
    values[lvl] = (values[lvl] == null ? level.start() - 1 : values[lvl]) + 1;
    restartDeeper(ref, values, lvl);
    String marker = render(ref, values, level);
    return marker.isBlank() ? "" : marker + level.suffix();
  }

  private static void set(Integer[] values, int lvl, int value) {
    if (lvl >= 0 && lvl < LEVELS) {
      values[lvl] = value;
    }
  }

  private static void restartDeeper(ListRef ref, Integer[] values, int used) {
    for (int k = used + 1; k < ref.levels().size() && k < LEVELS; k++) {
      if (ref.levels().get(k).restartsAfter(used, k)) {
        values[k] = null;
      }
    }
  }

  private static String render(ListRef ref, Integer[] values, ListLevel level) {
    if (level.format() == NumberFormat.NONE) {
      return level.text().replaceAll("%[1-9]", "").strip();
    }
    if (level.format() == NumberFormat.BULLET) {
      return bullet(level.text());
    }
    StringBuilder out = new StringBuilder();
    String text = level.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int k = text.charAt(++i) - '1';
        out.append(counter(ref, values, k, level.legal()));
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static String counter(ListRef ref, Integer[] values, int k, boolean legal) {
    if (k >= ref.levels().size()) {
      return "";
    }
    ListLevel lvl = ref.levels().get(k);
    int value = values[k] == null ? lvl.start() : values[k];
    NumberFormat format = legal ? NumberFormat.DECIMAL : lvl.format();
    return format == NumberFormat.BULLET ? "" : format.format(value);
  }

  /** Symbol and Wingdings bullets live in the private use area; a reader sees a bullet. */
  private static String bullet(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= '\uF000' && c <= '\uF0FF') {
        char ascii = (char) (c - '\uF000');
        out.append(ascii == '-' || ascii == '+' || ascii == '*' ? ascii : '\u2022');
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
