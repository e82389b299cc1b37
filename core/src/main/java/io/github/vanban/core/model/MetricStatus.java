package io.github.vanban.core.model;

/** Whether a metric is a goal, an estimate or a result (EXTRACTION.md section 4). */
public enum MetricStatus {
  /** {@code phấn đấu}, {@code mục tiêu}, {@code chỉ tiêu}, {@code kế hoạch}, a future period. */
  TARGET,
  /** {@code ước đạt}, {@code ước tính}, {@code dự ước}. */
  ESTIMATE,
  /** {@code đạt}, {@code tăng}, {@code giảm} with a past period. */
  ACTUAL
}
