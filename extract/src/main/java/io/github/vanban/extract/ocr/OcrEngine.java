package io.github.vanban.extract.ocr;

import io.github.vanban.extract.ExtractionException;
import java.awt.image.BufferedImage;

/**
 * Reads the text of a page image.
 *
 * <p>Implementations are thread-safe: callers may recognise several pages in parallel with one
 * engine. An engine that cannot run on this machine says so through {@link #available()} and {@link
 * #unavailableReason()} instead of failing at construction.
 */
public interface OcrEngine {

  /**
   * Recognises the text of one page.
   *
   * @param page the page rendered as an image (300 dpi suits the default engine)
   * @return the text in reading order, NFC, paragraphs separated by a blank line, lines of a
   *     paragraph by a line break, empty if the page holds no text; with the words the engine read
   *     with low confidence
   * @throws ExtractionException {@code TIMEOUT} if recognition took longer than the engine allows,
   *     {@code UNSUPPORTED} if the engine is not {@link #available()}, {@code CORRUPT} if the
   *     engine failed on the image
   */
  OcrText recognize(BufferedImage page) throws ExtractionException;

  /**
   * Returns true if the engine can run here (its program and language data are installed).
   *
   * @return true when the engine can be called
   */
  boolean available();

  /**
   * Returns why the engine cannot run and how to install what is missing, or an empty string if it
   * is {@link #available()}.
   *
   * @return an English explanation with install hints, or {@code ""} when available
   */
  String unavailableReason();
}
