package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.TextSpan;
import java.util.Objects;

/**
 * A cue phrase of an indicator found in a text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator the cue names
 * @param span where the cue stands, from its first word to its last
 */
public record CueMatch(Indicator indicator, TextSpan span) {

  /**
   * Checks both parts are present.
   *
   * @param indicator the indicator the cue names
   * @param span where the cue stands, from its first word to its last
   */
  public CueMatch {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(span, "span");
  }
}
