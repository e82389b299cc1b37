/**
 * Optical character recognition of page images: the {@link io.github.vanban.extract.ocr.OcrEngine}
 * contract and its Tesseract implementation.
 */
package io.github.vanban.extract.ocr;
