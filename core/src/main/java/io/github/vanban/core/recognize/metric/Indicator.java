package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A socio-economic indicator: its id, labels, the cue phrases that name it in a text, and the units
 * a figure bound to it may have.
 *
 * <p>A cue may hold {@code .*} between two parts ({@code đón .* lượt khách}), meaning a few words
 * in between. Units are {@code %}, a currency code ({@code VND}, {@code USD}) or a unit as written
 * ({@code lượt khách}, {@code giường bệnh/1 vạn dân}). Immutable and thread-safe.
 *
 * @param id a short stable id ({@code fdi})
 * @param labelEn the English label
 * @param label the Vietnamese label
 * @param cues cue phrases, at least one
 * @param units the units a bound figure may have, at least one
 */
public record Indicator(
    String id, String labelEn, String label, List<String> cues, List<String> units) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param id a short stable id ({@code fdi})
   * @param labelEn the English label
   * @param label the Vietnamese label
   * @param cues cue phrases, at least one
   * @param units the units a bound figure may have, at least one
   */
  public Indicator {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("indicator id is blank");
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(labelEn, "labelEn");
    cues = List.copyOf(cues);
    units = List.copyOf(units);
    if (cues.isEmpty() || cues.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("indicator " + id + " needs non-blank cues: " + cues);
    }
    if (units.isEmpty() || units.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("indicator " + id + " needs non-blank units: " + units);
    }
  }

  /**
   * Returns whether {@code figure} measures this indicator: its unit is one of {@link #units()}
   * (case-insensitive); multiples and ratios never do.
   *
   * @param figure the figure to test
   * @return true when the figure's unit is one of this indicator's units
   */
  public boolean measures(Figure figure) {
    if (figure.kind() == FigureKind.MULTIPLE || figure.kind() == FigureKind.RATIO) {
      return false;
    }
    String unit = CueKey.of(figure.unit().toLowerCase(Locale.ROOT));
    return units.stream().anyMatch(u -> CueKey.of(u.toLowerCase(Locale.ROOT)).equals(unit));
  }
}
