package io.github.vanban.core.recognize.figure;

import java.util.List;

/**
 * A word that multiplies the number before it: {@code 28.000 tỷ} is 2.8E13, and words in a row
 * multiply together ({@code 490 nghìn tỷ} is 4.9E14).
 *
 * <p>{@code vạn} (ten thousand) is deliberately not a scale word: in the corpus it only occurs in
 * rate denominators such as {@code giường bệnh/1 vạn dân}, which stay part of the unit.
 */
public enum ScaleWord {
  /** {@code nghìn} or {@code ngàn}: a thousand. */
  THOUSAND(1e3, "nghìn", "ngàn"),
  /** {@code triệu}: a million. */
  MILLION(1e6, "triệu"),
  /** {@code tỷ} or {@code tỉ}: a billion (1E9). */
  BILLION(1e9, "tỷ", "tỉ");

  private final double multiplier;
  private final List<String> forms;

  ScaleWord(double multiplier, String... forms) {
    this.multiplier = multiplier;
    this.forms = List.of(forms);
  }

  /**
   * Returns the factor this word multiplies by.
   *
   * @return the multiplier: 1E3, 1E6 or 1E9
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Returns the spellings of this word, lower case.
   *
   * @return the spellings, lower case, unmodifiable
   */
  public List<String> forms() {
    return forms;
  }

  /**
   * Returns the scale word written at {@code start} (any case) and ending at a word boundary, or
   * {@code null}.
   *
   * @param text the text to read
   * @param start the UTF-16 offset where the word would begin
   * @return the word written there, or {@code null} when there is none
   */
  public static ScaleWord at(CharSequence text, int start) {
    for (ScaleWord w : values()) {
      for (String form : w.forms) {
        if (Texts.wordAt(text, start, form)) {
          return w;
        }
      }
    }
    return null;
  }

  /** Returns the length of the spelling of this word at {@code start}, or 0. */
  int lengthAt(CharSequence text, int start) {
    for (String form : forms) {
      if (Texts.wordAt(text, start, form)) {
        return form.length();
      }
    }
    return 0;
  }
}
