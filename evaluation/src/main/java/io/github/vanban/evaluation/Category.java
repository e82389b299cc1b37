package io.github.vanban.evaluation;

import java.util.Locale;

/** A list of findings that is scored by precision and recall, named as in the JSON output. */
public enum Category {
  /** Document numbers cited in the text. */
  REFERENCES,
  /** Dates and periods of DAY, MONTH, QUARTER, HALF or PERIOD granularity. */
  DATES,
  /** Percentages, money, multiples and measured quantities. */
  FIGURES,
  /** Figures bound to a socio-economic indicator. */
  METRICS;

  /**
   * Returns the JSON field name of the list, such as {@code references}.
   *
   * @return the constant's name in lower case
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the category a JSON field name or {@code --min} name stands for.
   *
   * @param key a JSON field name such as {@code references}
   * @return the category of that name
   * @throws IllegalArgumentException when {@code key} names no category
   */
  public static Category of(String key) {
    for (Category c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no category '" + key + "'");
  }
}
