package io.github.vanban.extract.ocr;

import io.github.vanban.core.model.UncertainWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text OCR read from one image, and the words of it the engine was unsure of.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text in reading order, NFC, paragraphs separated by a blank line, lines of a
 *     paragraph by a line break; empty if the image holds no text
 * @param uncertain the words read with low confidence, spans into {@code text}, in text order
 */
public record OcrText(String text, List<UncertainWord> uncertain) {

  /** No text. */
  public static final OcrText EMPTY = new OcrText("", List.of());

  /**
   * Checks every word lies within the text and copies the list.
   *
   * @param text the text in reading order
   * @param uncertain the words read with low confidence, spans into {@code text}
   */
  public OcrText {
    Objects.requireNonNull(text, "text");
    uncertain = List.copyOf(uncertain);
    for (UncertainWord w : uncertain) {
      if (w.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "uncertain word " + w.span() + " ends past the text length " + text.length());
      }
    }
  }

  /**
   * Returns text read with full confidence.
   *
   * @param text the text in reading order
   * @return the text with no uncertain word
   */
  public static OcrText certain(String text) {
    return new OcrText(text, List.of());
  }

  /**
   * Joins the texts of several images of one page, in order, as separate paragraphs.
   *
   * @param parts the texts of the images in reading order
   * @return one text, parts separated by a blank line, with every uncertain word moved onto it
   */
  public static OcrText join(List<OcrText> parts) {
    StringBuilder text = new StringBuilder();
    List<UncertainWord> uncertain = new ArrayList<>();
    for (OcrText part : parts) {
      if (part.text().isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int shift = text.length();
      part.uncertain().forEach(w -> uncertain.add(w.remap(s -> s.shift(shift))));
      text.append(part.text());
    }
    return new OcrText(text.toString(), uncertain);
  }
}
