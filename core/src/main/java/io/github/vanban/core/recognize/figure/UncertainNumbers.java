package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.UncertainWord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Leaves out the figures whose digits OCR read with low confidence in a word that does not read
 * cleanly as a number: letters mixed into the digits ({@code 1O5}, {@code l5}) or after a percent
 * sign ({@code 2,5%o}, perhaps a per-mille sign, perhaps a comma). Such a figure would be a guess;
 * no figure is better than an invented one. A clean word is a number, perhaps with a percent or
 * per-mille sign or a unit glued to it ({@code 3,5tỷ}), between punctuation ({@code (15%),}).
 *
 * <p>Stateless and thread-safe.
 */
final class UncertainNumbers {

  /** The figures kept and one warning per figure left out. */
  record Kept(List<Figure> figures, List<String> warnings) {}

  private static final Pattern CLEAN = Pattern.compile("[+\\-]?\\d[\\d.,]*(?:[%‰]|\\p{L}*)");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Ps}\\p{Pi}\"'“‘]+|[\\p{Pe}\\p{Pf}\"'”’.,;:!?…]+$");

  private UncertainNumbers() {}

  /**
   * Leaves out the figures that overlap an uncertain word with digits that does not read cleanly.
   *
   * @param figures the figures found, spans into {@code text}
   * @param text the document text
   * @param uncertain the words OCR read with low confidence, spans into {@code text}
   * @return the figures kept, in the given order, and a warning for each left out
   */
  static Kept filter(List<Figure> figures, String text, List<UncertainWord> uncertain) {
    if (uncertain.isEmpty()) {
      return new Kept(figures, List.of());
    }
    SpanIndex<UncertainWord> words = SpanIndex.of(uncertain, UncertainWord::span);
    List<Figure> kept = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Figure f : figures) {
      String unclean =
          words.overlapping(f.span()).stream()
              .map(w -> w.span().of(text))
              .filter(w -> !readsCleanly(w))
              .findFirst()
              .orElse(null);
      if (unclean == null) {
        kept.add(f);
      } else {
        warnings.add(
            "figure \""
                + f.text()
                + "\" left out: uncertain OCR text \""
                + unclean
                + "\" does not read cleanly as a number");
      }
    }
    return new Kept(kept, warnings);
  }

  /**
   * Returns whether an OCR word reads cleanly: it holds no digit, or it is a number with perhaps a
   * percent sign or letters after it, between punctuation.
   *
   * @param word the word as OCR read it
   * @return false for digits mixed with letters or followed by a percent sign and letters
   */
  static boolean readsCleanly(String word) {
    if (word.chars().noneMatch(Character::isDigit)) {
      return true;
    }
    return CLEAN.matcher(EDGE_PUNCTUATION.matcher(word).replaceAll("")).matches();
  }
}
