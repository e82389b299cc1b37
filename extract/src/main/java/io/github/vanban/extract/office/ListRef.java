package io.github.vanban.extract.office;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A paragraph's place in a list: which counters it advances and how its marker looks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param counterKey identifies the counters shared by every list instance of one definition (an
 *     OOXML abstract numbering, a Word 97 list)
 * @param instanceKey identifies the list instance (an OOXML {@code w:num}, a Word 97 list
 *     override); its start overrides apply the first time it is used
 * @param level the paragraph's level, 0-based
 * @param levels every level of the definition, overrides applied
 * @param startOverrides level to the value it restarts at when the instance is first used
 */
record ListRef(
    String counterKey,
    String instanceKey,
    int level,
    List<ListLevel> levels,
    Map<Integer, Integer> startOverrides) {

  /** Copies the collections and checks the level exists. */
  ListRef {
    Objects.requireNonNull(counterKey, "counterKey");
    Objects.requireNonNull(instanceKey, "instanceKey");
    levels = List.copyOf(levels);
    startOverrides = Map.copyOf(startOverrides);
    if (level < 0 || level >= levels.size()) {
      throw new IllegalArgumentException("level " + level + " outside 0.." + (levels.size() - 1));
    }
  }
}
