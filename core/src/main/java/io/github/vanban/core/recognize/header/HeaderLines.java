package io.github.vanban.core.recognize.header;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a text as {@link HeaderLine}s, each cleaned the first time it is read: the header
 * reads the top of a text and the signature its end, so a long text's middle lines are never
 * cleaned. Offsets of line breaks are found once, up front; {@link #breakingAt} adds a break the
 * text does not have (a {@code V/v} subject printed on the number's line). Unmodifiable; not
 * thread-safe (it remembers the lines it cleaned), so it stays within one recogniser call.
 */
final class HeaderLines extends AbstractList<HeaderLine> implements RandomAccess {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final HeaderLine[] cleaned;

  /** Splits {@code text} at every {@code \n}; blank lines are kept as empty lines. */
  HeaderLines(String text) {
    this(text, lineStarts(text));
  }

  private HeaderLines(String text, int[] starts) {
    this(text, starts, lineEnds(text, starts));
  }

  private HeaderLines(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.cleaned = new HeaderLine[starts.length];
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k++] = i + 1;
    }
    return starts;
  }

  private static int[] lineEnds(String text, int[] starts) {
    int[] ends = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      ends[i] = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
    }
    return ends;
  }

  /**
   * Returns these lines with the line holding {@code offset} broken in two there, as if the text
   * had a line break before it: each part is cleaned as a line of its own. The other lines keep
   * their cleaned form; nothing else is read.
   *
   * @param offset an offset of the text inside a line, after its first character
   * @return new lines, one more than these
   * @throws IllegalArgumentException when {@code offset} is at a line's start or outside every line
   */
  HeaderLines breakingAt(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    int line = found >= 0 ? found : -found - 2;
    if (found >= 0 || line < 0 || offset > ends[line]) {
      throw new IllegalArgumentException(
          "offset " + offset + " is not inside a line of a text of " + text.length() + " chars");
    }
    int[] nextStarts = new int[starts.length + 1];
    int[] nextEnds = new int[starts.length + 1];
    System.arraycopy(starts, 0, nextStarts, 0, line + 1);
    System.arraycopy(ends, 0, nextEnds, 0, line);
    nextEnds[line] = offset;
    nextStarts[line + 1] = offset;
    System.arraycopy(starts, line + 1, nextStarts, line + 2, starts.length - line - 1);
    System.arraycopy(ends, line, nextEnds, line + 1, ends.length - line);
    HeaderLines out = new HeaderLines(text, nextStarts, nextEnds);
    System.arraycopy(cleaned, 0, out.cleaned, 0, line);
    System.arraycopy(cleaned, line + 1, out.cleaned, line + 2, cleaned.length - line - 1);
    return out;
  }

  @Override
  public HeaderLine get(int index) {
    HeaderLine line = cleaned[index];
    if (line == null) {
      line = HeaderLine.clean(text, starts[index], ends[index]);
      cleaned[index] = line;
    }
    return line;
  }

  @Override
  public int size() {
    return starts.length;
  }
}
