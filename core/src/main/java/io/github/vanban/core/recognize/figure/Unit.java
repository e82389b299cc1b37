package io.github.vanban.core.recognize.figure;

import java.util.Objects;

/**
 * One entry of the {@link UnitLexicon}: a unit as written and the form a figure reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param written the spelling matched in texts (matched in any case)
 * @param canonical what a figure's {@code unit} becomes: the currency code for money ({@code VND}),
 *     else the written form in lower case
 * @param kind what the unit makes of a figure
 */
public record Unit(String written, String canonical, UnitKind kind) {

  /**
   * Checks every part is present and not blank.
   *
   * @param written the spelling matched in texts (matched in any case)
   * @param canonical what a figure's {@code unit} becomes: the currency code for money ({@code
   *     VND}), else the written form in lower case
   * @param kind what the unit makes of a figure
   */
  public Unit {
    Objects.requireNonNull(kind, "kind");
    if (written == null || written.isBlank() || canonical == null || canonical.isBlank()) {
      throw new IllegalArgumentException(
          "unit needs a written and a canonical form: " + written + " / " + canonical);
    }
  }
}
