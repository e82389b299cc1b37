package io.github.vanban.extract.office;

import java.util.Objects;

/**
 * One level of a Word list definition, as stored in {@code numbering.xml} or a Word 97 list table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param format how the counter is written
 * @param text the level text with {@code %1}..{@code %9} standing for the counters of levels 1..9
 *     ({@code "Điều %1."}, {@code "%1.%2."}, {@code "%1)"}), or the bullet itself
 * @param start the first value of the counter
 * @param restartAfter {@code -1} to restart after any shallower level (Word's default), {@code 0}
 *     never to restart, or {@code n} to restart only after one of the levels {@code 1..n}
 * @param legal whether every counter is written in decimal ({@code w:isLgl})
 * @param suffix what follows the marker: a space, or nothing
 */
record ListLevel(
    NumberFormat format, String text, int start, int restartAfter, boolean legal, String suffix) {

  /** Checks the parts are present. */
  ListLevel {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(suffix, "suffix");
  }

  /** Returns whether using {@code usedLevel} (0-based) restarts this level, at {@code myLevel}. */
  boolean restartsAfter(int usedLevel, int myLevel) {
    if (usedLevel >= myLevel || restartAfter == 0) {
      return false;
    }
    return restartAfter < 0 || usedLevel < restartAfter;
  }
}
