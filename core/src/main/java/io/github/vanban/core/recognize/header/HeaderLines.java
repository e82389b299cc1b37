package io.github.vanban.core.recognize.header;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The lines of a text as {@link HeaderLine}s, each cleaned the first time it is read: the header
 * reads the top of a text and the signature its end, so a long text's middle lines are never
 * cleaned. Offsets of line breaks are found once, up front. Unmodifiable; not thread-safe (it
 * remembers the lines it cleaned), so it stays within one recogniser call.
 */
final class HeaderLines extends AbstractList<HeaderLine> implements RandomAccess {

  private final String text;
  private final int[] starts;
  private final HeaderLine[] cleaned;

  /** Splits {@code text} at every {@code \n}; blank lines are kept as empty lines. */
  HeaderLines(String text) {
    this.text = text;
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    this.starts = new int[count];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k++] = i + 1;
    }
    this.cleaned = new HeaderLine[count];
  }

  @Override
  public HeaderLine get(int index) {
    HeaderLine line = cleaned[index];
    if (line == null) {
      int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
      line = HeaderLine.clean(text, starts[index], end);
      cleaned[index] = line;
    }
    return line;
  }

  @Override
  public int size() {
    return starts.length;
  }
}
