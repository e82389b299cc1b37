package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Qualifier;
import java.util.List;

/**
 * Finds the qualifier word written just before a number ({@code trên 2,8 tỷ USD}, {@code ít nhất 3
 * tỷ USD}, {@code khoảng 20 lần}), comparisons included: {@code nhỏ hơn 10%} is less than, not the
 * more than its last word {@code hơn} says alone. Stateless and thread-safe.
 */
final class Qualifiers {

  /** A qualifier found in a text, starting at {@code start}. */
  record Found(Qualifier qualifier, int start) {}

  private record Word(String text, Qualifier qualifier) {}

  /** Longest first, so that {@code trên dưới} wins over {@code dưới}. */
  private static final List<Word> WORDS =
      List.of(
          new Word("nhỏ hơn hoặc bằng", Qualifier.AT_MOST),
          new Word("lớn hơn hoặc bằng", Qualifier.AT_LEAST),
          new Word("không nhiều hơn", Qualifier.AT_MOST),
          new Word("không vượt quá", Qualifier.AT_MOST),
          new Word("không lớn hơn", Qualifier.AT_MOST),
          new Word("không cao hơn", Qualifier.AT_MOST),
          new Word("không thấp hơn", Qualifier.AT_LEAST),
          new Word("không nhỏ hơn", Qualifier.AT_LEAST),
          new Word("không ít hơn", Qualifier.AT_LEAST),
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
          new Word("thấp hơn", Qualifier.LESS_THAN),
          new Word("nhỏ hơn", Qualifier.LESS_THAN),
          new Word("ít hơn", Qualifier.LESS_THAN),
          new Word("lớn hơn", Qualifier.MORE_THAN),
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
