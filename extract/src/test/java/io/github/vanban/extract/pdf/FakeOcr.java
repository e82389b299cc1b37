package io.github.vanban.extract.pdf;

import io.github.vanban.extract.ocr.OcrEngine;
import io.github.vanban.extract.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;

/** An OCR engine for tests: returns fixed text, or says it is not installed. */
final class FakeOcr implements OcrEngine {

  private final String text;
  private final boolean available;
  final AtomicInteger calls = new AtomicInteger();

  private FakeOcr(String text, boolean available) {
    this.text = text;
    this.available = available;
  }

  /** An engine that reads {@code text} on every page. */
  static FakeOcr reading(String text) {
    return new FakeOcr(text, true);
  }

  /** An engine that is not installed. */
  static FakeOcr missing() {
    return new FakeOcr("", false);
  }

  @Override
  public OcrText recognize(BufferedImage page) {
    calls.incrementAndGet();
    return OcrText.certain(text);
  }

  @Override
  public boolean available() {
    return available;
  }

  @Override
  public String unavailableReason() {
    return available ? "" : "tesseract not found; apt-get install tesseract-ocr tesseract-ocr-vie";
  }
}
