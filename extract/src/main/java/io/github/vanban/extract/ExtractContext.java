package io.github.vanban.extract;

import java.util.Objects;

/**
 * Options for one extraction: limits, OCR, and the name of the source for messages.
 *
 * @param limits size and time limits
 * @param ocr whether scanned pages are read by OCR
 * @param sourceName a name for the document in warnings (a file name), never interpreted
 */
public record ExtractContext(ExtractLimits limits, OcrMode ocr, String sourceName) {

  /** Default limits, OCR on, no source name. */
  public static final ExtractContext DEFAULT =
      new ExtractContext(ExtractLimits.DEFAULT, OcrMode.AUTO, "");

  /**
   * Checks the parts are present.
   *
   * @param limits size and time limits
   * @param ocr whether scanned pages are read by OCR
   * @param sourceName a name for the document in warnings (a file name), never interpreted
   */
  public ExtractContext {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(ocr, "ocr");
    Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * Returns a copy with other limits.
   *
   * @param value the size and time limits; not null
   * @return a new context with the same OCR mode and source name
   */
  public ExtractContext withLimits(ExtractLimits value) {
    return new ExtractContext(value, ocr, sourceName);
  }

  /**
   * Returns a copy with another OCR mode.
   *
   * @param value whether scanned pages are read by OCR; not null
   * @return a new context with the same limits and source name
   */
  public ExtractContext withOcr(OcrMode value) {
    return new ExtractContext(limits, value, sourceName);
  }

  /**
   * Returns a copy naming another source.
   *
   * @param value the name shown in warnings, such as a file name; {@code ""} for none
   * @return a new context with the same limits and OCR mode
   */
  public ExtractContext withSourceName(String value) {
    return new ExtractContext(limits, ocr, value);
  }
}
