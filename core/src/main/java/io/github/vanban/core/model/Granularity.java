package io.github.vanban.core.model;

/** How precise a {@link DateValue} is (EXTRACTION.md section 2). */
public enum Granularity {
  /** A calendar day: {@code 2024-07-10}. */
  DAY,
  /** A month: {@code 2024-07}. */
  MONTH,
  /** A quarter: {@code 2024-Q4}. */
  QUARTER,
  /** A half year: {@code 2024-H1}. */
  HALF,
  /** A year: {@code 2024}. */
  YEAR,
  /** A range of years or days: {@code 2021/2025}, {@code 1994-12-17/2024-12-17}. */
  PERIOD
}
