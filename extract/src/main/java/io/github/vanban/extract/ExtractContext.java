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

  /** Checks the parts are present. */
  public ExtractContext {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(ocr, "ocr");
    Objects.requireNonNull(sourceName, "sourceName");
  }

  /** Returns a copy with other limits. */
  public ExtractContext withLimits(ExtractLimits value) {
    return new ExtractContext(value, ocr, sourceName);
  }

  /** Returns a copy with another OCR mode. */
  public ExtractContext withOcr(OcrMode value) {
    return new ExtractContext(limits, value, sourceName);
  }

  /** Returns a copy naming another source. */
  public ExtractContext withSourceName(String value) {
    return new ExtractContext(limits, ocr, value);
  }
}
