package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Qualifier;
import java.util.List;

/**
 * Finds the qualifier word written just before a number ({@code trên 2,8 tỷ USD}, {@code ít nhất 3
 * tỷ USD}, {@code khoảng 20 lần}). Stateless and thread-safe.
 */
final class Qualifiers {

  /** A qualifier found in a text, starting at {@code start}. */
  record Found(Qualifier qualifier, int start) {}

  private record Word(String text, Qualifier qualifier) {}

  /** Longest first, so that {@code trên dưới} wins over {@code dưới}. */
  private static final List<Word> WORDS =
      List.of(
          new Word("không vượt quá", Qualifier.AT_MOST),
          new Word("không quá", Qualifier.AT_MOST),
          new Word("tối đa", Qualifier.AT_MOST),
          new Word("không dưới", Qualifier.AT_LEAST),
          new Word("ít nhất", Qualifier.AT_LEAST),
          new Word("tối thiểu", Qualifier.AT_LEAST),
          new Word("chưa đến", Qualifier.LESS_THAN),
          new Word("chưa tới", Qualifier.LESS_THAN),
          new Word("trên dưới", Qualifier.ABOUT),
          new Word("xấp xỉ", Qualifier.ABOUT),
          new Word("khoảng", Qualifier.ABOUT),
          new Word("vượt quá", Qualifier.MORE_THAN),
          new Word("dưới", Qualifier.LESS_THAN),
          new Word("gần", Qualifier.ABOUT),
          new Word("trên", Qualifier.MORE_THAN),
          new Word("hơn", Qualifier.MORE_THAN),
          new Word("vượt", Qualifier.MORE_THAN));

  private Qualifiers() {}

  /**
   * Returns the qualifier that ends one space before {@code pos} (the start of a number or of
   * {@code gấp}), or {@code null}.
   */
  static Found before(CharSequence text, int pos) {
    int end = Texts.backSpaces(text, pos, 1);
    if (end == pos) {
      return null;
    }
    for (Word w : WORDS) {
      if (Texts.wordEndsAt(text, end, w.text())) {
        return new Found(w.qualifier(), end - w.text().length());
      }
    }
    return null;
  }

  /** Returns whether {@code từ} stands one space before {@code pos}. */
  static boolean fromBefore(CharSequence text, int pos) {
    int end = Texts.backSpaces(text, pos, 1);
    return end < pos && Texts.wordEndsAt(text, end, "từ");
  }
}
