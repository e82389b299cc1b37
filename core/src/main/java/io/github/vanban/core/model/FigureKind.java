package io.github.vanban.core.model;

/** What a {@link Figure} measures (EXTRACTION.md section 3). */
public enum FigureKind {
  /** A percentage: {@code 8,42%}. */
  PERCENT,
  /** An amount of money: {@code 28.000 tỷ đồng}, {@code 2,8 tỷ USD}. */
  MONEY,
  /** A quantity with a unit: {@code 19 triệu lượt khách}, {@code 5.000 ha}. */
  QUANTITY,
  /** A multiple: {@code gấp 1,4 lần}. */
  MULTIPLE,
  /** A ratio: {@code 15/15 chỉ tiêu}. */
  RATIO
}
