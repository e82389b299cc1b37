package io.github.vanban.extract;

/** Whether pages without a usable text layer are read by OCR. */
public enum OcrMode {
  /** OCR the pages that need it (no text layer, or only a stamp's text); the default. */
  AUTO,
  /** Never OCR; such pages are reported in the warnings. */
  OFF
}
