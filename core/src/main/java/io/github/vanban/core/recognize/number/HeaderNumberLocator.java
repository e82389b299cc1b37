package io.github.vanban.core.recognize.number;

import java.util.List;
import java.util.Optional;

/**
 * Finds a document's own number: the first number in the header block written after {@code Số:} (or
 * {@code Số}) that opens its line or stands apart from a column beside it ({@code Số: 205/NQ-HĐND},
 * {@code TỈNH QUẢNG NINH Số: 205/NQ-HĐND}, a draft's {@code Số: /QĐ-UBND}). That number is {@code
 * header.number}, not a reference (EXTRACTION.md section 1).
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderNumberLocator {

  /** How far into the text the header block may reach. */
  static final int HEADER_LIMIT = 3000;

  private HeaderNumberLocator() {}

  /** Returns the own number among {@code numbers} (found in {@code text}, in order), if any. */
  static Optional<ParsedNumber> locate(String text, List<ParsedNumber> numbers) {
    for (ParsedNumber n : numbers) {
      if (n.span().start() >= HEADER_LIMIT) {
        break;
      }
      if (followsHeaderLabel(text, n.span().start())) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean followsHeaderLabel(String text, int start) {
    int i = start;
    while (i > 0 && " \t\u00A0:._…*".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    int label = i - 2;
    if (label < 0 || !(text.startsWith("Số", label) || text.startsWith("SỐ", label))) {
      return false;
    }
    return opensLine(text, label)
        || text.startsWith("  ", label - 2)
        || label > 0 && text.charAt(label - 1) == '\t';
  }

  /**
   * Returns whether only marks and spaces ({@code *}, {@code |}, indentation) precede on the line.
   */
  private static boolean opensLine(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
