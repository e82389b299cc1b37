package io.github.vanban.cli;

import java.util.List;

/**
 * RFC 4180 CSV for {@code --csv}: fields joined by commas, quoted when they hold a comma, quote or
 * line break, rows ended by CRLF. A text field that a spreadsheet would take for a formula (it
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return: document text is
 * not to be trusted) is prefixed with an apostrophe. Stateless and thread-safe.
 */
final class Csv {

  private Csv() {}

  /** Returns one row, CRLF included; {@code null} fields are empty. */
  static String row(List<?> fields) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(field(fields.get(i)));
    }
    return s.append("\r\n").toString();
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
