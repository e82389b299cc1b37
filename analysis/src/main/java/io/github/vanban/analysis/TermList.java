package io.github.vanban.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A list of terms kept in one character array, for {@link AnalyzedText}: far fewer objects than a
 * string per term. Immutable once built.
 */
final class TermList {

  private final char[] chars;
  private final int[] ends;
  private final int size;

  private TermList(char[] chars, int[] ends, int size) {
    this.chars = chars;
    this.ends = ends;
    this.size = size;
  }

  /** Returns the number of terms. */
  int size() {
    return size;
  }

  /** Appends term {@code i} to {@code term}. */
  void appendTo(int i, CharTermAttribute term) {
    int start = i == 0 ? 0 : ends[i - 1];
    int len = ends[i] - start;
    int at = term.length();
    char[] buffer = term.resizeBuffer(at + len);
    System.arraycopy(chars, start, buffer, at, len);
    term.setLength(at + len);
  }

  /** Collects terms; not thread-safe. */
  static final class Builder {

    private char[] chars;
    private int[] ends = new int[16];
    private int length;
    private int size;

    /** Creates a builder for about {@code chars} characters of terms. */
    Builder(int chars) {
      this.chars = new char[Math.max(16, chars)];
    }

    /** Adds the first {@code len} characters of {@code term}. */
    void add(char[] term, int len) {
      if (length + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(length + len, chars.length * 2));
      }
      System.arraycopy(term, 0, chars, length, len);
      length += len;
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
      }
      ends[size++] = length;
    }

    /** Returns the terms added. */
    TermList build() {
      return new TermList(chars, ends, size);
    }
  }
}
