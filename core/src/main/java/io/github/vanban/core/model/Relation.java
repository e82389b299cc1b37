package io.github.vanban.core.model;

/** How a document relates to a document it cites (EXTRACTION.md section 1). */
public enum Relation {
  /** The sentence starts with {@code Căn cứ}: the legal basis. */
  BASED_ON,
  /** The sentence starts with {@code Xét}: a submission that was considered. */
  CONSIDERING,
  /** {@code sửa đổi}, {@code bổ sung}: the citing document amends the cited one. */
  AMENDS,
  /** {@code thay thế}: the citing document replaces the cited one. */
  REPLACES,
  /**
   * {@code thực hiện}, {@code triển khai}, {@code theo tinh thần}: it carries the cited one out.
   */
  IMPLEMENTS,
  /** Any other citation. */
  MENTIONS
}
