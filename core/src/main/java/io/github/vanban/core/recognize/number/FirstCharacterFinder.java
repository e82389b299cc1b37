package io.github.vanban.core.recognize.number;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern every match of which starts with one of a few characters: the same
 * matches, in the same order, as {@link Matcher#find()}, but the pattern is tried only where one of
 * those characters stands. {@code find()} runs the pattern at every position of the text, and even
 * a first-character look-ahead costs the regular expression engine's steps at each; for a pattern
 * of document numbers or footnote calls, most of a text's characters can be passed over with one
 * table look-up. Immutable and thread-safe; the matchers it hands out are not.
 */
final class FirstCharacterFinder {

  private final Pattern pattern;
  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];

  /**
   * Creates the finder of {@code pattern}.
   *
   * @param pattern a pattern whose every match starts with one of {@code firstCharacters}; it may
   *     look behind its start, but must not use {@code ^}, {@code $} or {@code \G}
   * @param firstCharacters every character a match may start with
   */
  FirstCharacterFinder(Pattern pattern, String firstCharacters) {
    this.pattern = pattern;
    firstCharacters.chars().forEach(c -> first[c] = true);
  }

  /**
   * Returns a matcher over {@code text} for {@link #find}, seeing the whole text around a match.
   */
  Matcher matcher(CharSequence text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * Finds the first match starting at {@code from} or later, as {@link Matcher#find(int)} does.
   *
   * @param m a matcher from {@link #matcher}, over {@code text}
   * @param text the text
   * @param from where to start
   * @return true when a match was found: then {@code m} holds it
   */
  boolean find(Matcher m, CharSequence text, int from) {
    int length = text.length();
    for (int i = Math.max(0, from); i < length; i++) {
      if (first[text.charAt(i)] && m.region(i, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
