package io.github.vanban.core.model;

/** How the text bounds a figure's value (EXTRACTION.md section 3). */
public enum Qualifier {
  /** {@code trên}, {@code hơn}, {@code vượt}. */
  MORE_THAN,
  /** {@code ít nhất}, {@code tối thiểu}, {@code từ ... trở lên}. */
  AT_LEAST,
  /** {@code dưới}. */
  LESS_THAN,
  /** {@code tối đa}, {@code không quá}. */
  AT_MOST,
  /** {@code khoảng}, {@code gần}, {@code xấp xỉ}. */
  ABOUT
}
