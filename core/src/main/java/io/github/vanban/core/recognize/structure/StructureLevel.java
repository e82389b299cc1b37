package io.github.vanban.core.recognize.structure;

/** The levels of a Vietnamese legal document's structure, from the widest to the narrowest. */
public enum StructureLevel {
  /** A part: {@code Phần I}, {@code Phần thứ nhất}. */
  PART,
  /** A chapter: {@code Chương II}. */
  CHAPTER,
  /** A section of a chapter: {@code Mục 1}. */
  SECTION,
  /** An article: {@code Điều 3}. */
  ARTICLE,
  /** A numbered clause (khoản) of an article: a line {@code 2.} inside {@code Điều 3}. */
  CLAUSE,
  /** A lettered point (điểm) of a clause or an article: a line {@code a)} or {@code a.}. */
  POINT;

  /** Returns whether this level lies inside {@code other} (is narrower). */
  boolean isBelow(StructureLevel other) {
    return ordinal() > other.ordinal();
  }
}
