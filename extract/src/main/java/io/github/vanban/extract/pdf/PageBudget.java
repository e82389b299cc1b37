package io.github.vanban.extract.pdf;

import io.github.vanban.extract.ExtractionException.Reason;

/**
 * The work one page may cost while PDFBox draws it: drawing operators (form XObjects nested in each
 * other multiply them: four levels of a hundred are 10^8), characters, and the document's deadline,
 * checked as the page is drawn rather than between pages. Exceeding it throws {@link
 * PageCostException}, which stops the page at once.
 *
 * <p>Not thread-safe: one budget per page being read.
 */
final class PageBudget {

  /** The most drawing operators one page may run, forms included. */
  static final int MAX_OPERATORS = 2_000_000;

  /** The most characters one page may show. */
  static final int MAX_GLYPHS = 300_000;

  /** The deadline is read once per this many operators. */
  private static final int CLOCK_EVERY = 1024;

  private final Deadline deadline;
  private int operators;
  private int glyphs;

  /** Creates the budget of one page read before {@code deadline}. */
  PageBudget(Deadline deadline) {
    this.deadline = deadline;
  }

  /** Counts one operator; checks the deadline now and then. */
  void operator() {
    if (++operators > MAX_OPERATORS) {
      throw new PageCostException(
          Reason.TOO_LARGE, "the page runs more than " + MAX_OPERATORS + " drawing operators");
    }
    if (operators % CLOCK_EVERY == 0 && deadline.remaining().isZero()) {
      throw new PageCostException(
          Reason.TIMEOUT,
          "extraction took longer than the limit of " + deadline.limit().toSeconds() + " s");
    }
  }

  /** Counts one character shown. */
  void glyph() {
    if (++glyphs > MAX_GLYPHS) {
      throw new PageCostException(
          Reason.TOO_LARGE, "the page shows more than " + MAX_GLYPHS + " characters");
    }
  }

  /** Thrown when a page costs more than its budget; unchecked, so that PDFBox lets it through. */
  static final class PageCostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    PageCostException(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    /** {@code TOO_LARGE} or {@code TIMEOUT}. */
    Reason reason() {
      return reason;
    }
  }
}
