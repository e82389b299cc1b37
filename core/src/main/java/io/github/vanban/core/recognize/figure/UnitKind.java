package io.github.vanban.core.recognize.figure;

/** What a word of the {@link UnitLexicon} is. */
public enum UnitKind {
  /** A percent sign or {@code phần trăm}: the figure is a PERCENT. */
  PERCENT,
  /** A currency ({@code đồng}, {@code USD}): the figure is MONEY in the canonical currency. */
  MONEY,
  /** A unit of measurement ({@code tấn}, {@code ha}, {@code kWh}); may be glued to the number. */
  MEASURE,
  /** A count noun ({@code lượt khách}, {@code hộ}, {@code doanh nghiệp}). */
  COUNT,
  /** A word that may follow a slash as the denominator of a rate ({@code /năm}, {@code /người}). */
  PER,
  /** A phrase that looks like a unit but is not one ({@code đồng chí}): blocks shorter matches. */
  NONE
}
