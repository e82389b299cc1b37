package io.github.vanban.extract.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link TesseractOcr} runs the {@code tesseract} program.
 *
 * <p>Immutable and thread-safe. Bad values fail at construction.
 *
 * @param executable the program, a name looked up on the {@code PATH} or a path; default {@code
 *     tesseract}
 * @param language Tesseract language codes joined by {@code +}; default {@code vie}
 * @param dpi the resolution the page images were rendered at, passed to Tesseract as a hint;
 *     default 300
 * @param pageSegmentation Tesseract's page segmentation mode ({@code --psm}); default 3, fully
 *     automatic segmentation of a whole page, which keeps the columns of an official header apart
 * @param timeout the longest one page may take before the process is killed; default 120 seconds
 */
public record TesseractConfig(
    String executable, String language, int dpi, int pageSegmentation, Duration timeout) {

  /** {@code tesseract}, {@code vie}, 300 dpi, PSM 3, 120 seconds a page. */
  public static final TesseractConfig DEFAULT =
      new TesseractConfig("tesseract", "vie", 300, 3, Duration.ofSeconds(120));

  private static final int MAX_PSM = 13;

  /**
   * Checks the values.
   *
   * @param executable the program, a name looked up on the {@code PATH} or a path; default {@code
   *     tesseract}
   * @param language Tesseract language codes joined by {@code +}; default {@code vie}
   * @param dpi the resolution the page images were rendered at, passed to Tesseract as a hint;
   *     default 300
   * @param pageSegmentation Tesseract's page segmentation mode ({@code --psm}); default 3, fully
   *     automatic segmentation of a whole page, which keeps the columns of an official header apart
   * @param timeout the longest one page may take before the process is killed; default 120 seconds
   */
  public TesseractConfig {
    Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(timeout, "timeout");
    if (executable.isBlank() || !language.matches("[a-z_]+(\\+[a-z_]+)*")) {
      throw new IllegalArgumentException(
          "bad tesseract executable or language: '" + executable + "', '" + language + "'");
    }
    if (dpi < 70 || dpi > 2400) {
      throw new IllegalArgumentException("dpi must be within 70..2400, was " + dpi);
    }
    if (pageSegmentation < 0 || pageSegmentation > MAX_PSM) {
      throw new IllegalArgumentException(
          "page segmentation mode must be within 0..13, was " + pageSegmentation);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /**
   * Returns a copy running another program.
   *
   * @param value the program name or path; not blank
   * @return a new configuration with the other values unchanged
   */
  public TesseractConfig withExecutable(String value) {
    return new TesseractConfig(value, language, dpi, pageSegmentation, timeout);
  }

  /**
   * Returns a copy with other languages ({@code vie+eng}).
   *
   * @param value Tesseract language codes joined by {@code +}
   * @return a new configuration with the other values unchanged
   */
  public TesseractConfig withLanguage(String value) {
    return new TesseractConfig(executable, value, dpi, pageSegmentation, timeout);
  }

  /**
   * Returns a copy with another resolution hint.
   *
   * @param value the resolution of the page images, in dots per inch
   * @return a new configuration with the other values unchanged
   */
  public TesseractConfig withDpi(int value) {
    return new TesseractConfig(executable, language, value, pageSegmentation, timeout);
  }

  /**
   * Returns a copy with another page segmentation mode.
   *
   * @param value Tesseract's {@code --psm} mode
   * @return a new configuration with the other values unchanged
   */
  public TesseractConfig withPageSegmentation(int value) {
    return new TesseractConfig(executable, language, dpi, value, timeout);
  }

  /**
   * Returns a copy with another time limit per page.
   *
   * @param value the longest one page may take
   * @return a new configuration with the other values unchanged
   */
  public TesseractConfig withTimeout(Duration value) {
    return new TesseractConfig(executable, language, dpi, pageSegmentation, value);
  }
}
