package io.github.vanban.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that lets no control character a document or a file name may hold reach the terminal: C0
 * controls other than tab, line feed and form feed (ESC, BEL, carriage return...), DEL, C1 controls
 * (CSI, OSC...) and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
 * dropped. Only vanban's own sequences pass, each whole within one write: bold and plain ({@code
 * ESC[1m}, {@code ESC[0m}), the progress line's {@code CR ESC[K}, and CR LF, the line ending of
 * CSV.
 *
 * <p>Every line the {@code vanban} command prints goes through it, so no code path can forget it.
 * Not thread-safe beyond what the wrapped writer is.
 */
final class TerminalSafeWriter extends FilterWriter {

  private static final String[] OWN = {"\u001B[1m", "\u001B[0m", "\r\u001B[K", "\r\n"};

  /** Wraps {@code out}. */
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (!unsafe((char) c)) {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(clean(s.substring(off, off + len)));
  }

  /** Returns {@code s} without the characters this writer drops. */
  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      String own = ownAt(s, i);
      if (sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (own != null) {
        sb.append(own);
        i += own.length() - 1;
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String ownAt(String s, int i) {
    for (String own : OWN) {
      if (s.startsWith(own, i)) {
        return own;
      }
    }
    return null;
  }

  private static boolean unsafe(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f'
        || c >= 0x7F && c <= 0x9F
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069;
  }
}
