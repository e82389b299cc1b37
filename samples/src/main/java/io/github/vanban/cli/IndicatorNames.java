package io.github.vanban.cli;

import io.github.vanban.core.recognize.metric.Indicator;
import io.github.vanban.core.recognize.metric.IndicatorLexicon;
import io.github.vanban.core.text.VietnameseText;
import java.util.Locale;

/**
 * Finds the indicator a person names: by its id ({@code fdi}), its Vietnamese or English label
 * ({@code Thu hút FDI}) or one of its cue phrases, with or without diacritics, in any case.
 * Stateless and thread-safe.
 */
final class IndicatorNames {

  private IndicatorNames() {}

  /** Returns the id of the indicator {@code name} names, or {@code name} itself when none. */
  static String idOf(String name) {
    IndicatorLexicon lexicon = IndicatorLexicon.bundled();
    String key = key(name);
    for (Indicator i : lexicon.indicators()) {
      if (key.equals(key(i.id())) || key.equals(key(i.label())) || key.equals(key(i.labelEn()))) {
        return i.id();
      }
    }
    for (Indicator i : lexicon.indicators()) {
      if (i.cues().stream().anyMatch(c -> key.equals(key(c)))) {
        return i.id();
      }
    }
    return name;
  }

  private static String key(String s) {
    return VietnameseText.foldDiacritics(s.strip().replaceAll("\\s+", " "))
        .toLowerCase(Locale.ROOT);
  }
}
