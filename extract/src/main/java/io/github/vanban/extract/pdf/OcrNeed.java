package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.TextLine;

/**
 * Why a page's text layer cannot be used, so that it should be read by OCR.
 *
 * <p>Decided by {@link #of(PdfPage)} from the page's characters, the characters its fonts leave
 * unmapped, and its image coverage.
 */
enum OcrNeed {
  /** The text layer is usable, or the page is blank. */
  NONE(""),
  /** An image covers the page and there is no text layer. */
  NO_TEXT("no text layer"),
  /** An image covers the page and the only text is a stamp's or a signature's. */
  STAMP_ONLY("only a stamp's text on a scanned page"),
  /** The text layer is garbage (broken font maps, undecoded encodings). */
  GARBLED("garbled text layer"),
  /**
   * Much of the text is in fonts that map their characters to no Unicode text (no {@code ToUnicode}
   * map) or only to private-use code points: only their shapes can be read.
   */
  UNMAPPED("text in fonts with no usable Unicode map (ToUnicode)"),
  /** The text layer's glyphs are in no reading order: its words are not words. */
  SCRAMBLED("text layer in no reading order");

  /** Fewer visible characters than this, and a page has no text layer. */
  static final int NO_TEXT_CHARS = 20;

  /** Fewer visible characters than this on a page under an image, and the text is a stamp's. */
  static final int STAMP_CHARS = 400;

  /** Text on a scanned page that spans less than this share of its height is a stamp. */
  static final float STAMP_SPAN = 0.3f;

  /** Image coverage above which a page with little text is a scan. */
  static final float SCAN_COVERAGE = 0.4f;

  /** Image coverage above which a page with no text at all is a scan. */
  static final float IMAGE_COVERAGE = 0.1f;

  private final String reason;

  OcrNeed(String reason) {
    this.reason = reason;
  }

  /** Whether the page's text layer is kept when OCR cannot replace it. */
  boolean keepsText() {
    return this == GARBLED || this == SCRAMBLED;
  }

  /** Returns the reason, for the page's warning. */
  String reason() {
    return reason;
  }

  /** Decides whether a page needs OCR, and why. */
  static OcrNeed of(PdfPage page) {
    int chars = page.visibleChars();
    int unmapped = page.leftOut().unmapped();
    if (unmapped >= NO_TEXT_CHARS && unmapped > TextQuality.GARBLED * (unmapped + chars)) {
      return UNMAPPED;
    }
    float coverage = page.graphics().imageCoverage();
    if (chars < NO_TEXT_CHARS) {
      return coverage >= IMAGE_COVERAGE ? NO_TEXT : NONE;
    }
    if (coverage >= SCAN_COVERAGE && chars < STAMP_CHARS && textSpan(page) < STAMP_SPAN) {
      return STAMP_ONLY;
    }
    StringBuilder text = new StringBuilder();
    page.lines().forEach(l -> text.append(l.text()).append('\n'));
    String written = text.toString();
    if (TextQuality.garbled(written)) {
      return GARBLED;
    }
    return TextQuality.scrambled(written) ? SCRAMBLED : NONE;
  }

  private static float textSpan(PdfPage page) {
    float top = Float.MAX_VALUE;
    float bottom = 0;
    for (TextLine line : page.lines()) {
      top = Math.min(top, line.top());
      bottom = Math.max(bottom, line.baseline());
    }
    return page.height() <= 0 ? 1 : (bottom - top) / page.height();
  }
}
