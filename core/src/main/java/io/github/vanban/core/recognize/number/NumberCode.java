package io.github.vanban.core.recognize.number;

import io.github.vanban.core.text.OcrDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a document number ({@code NQ-HĐND}, {@code TTr-CAT(PC04)}, {@code QĐ.UB}): its parts
 * in official spelling, the separators between them, and where it ends in the text.
 *
 * <p>Reading stops before the first part that is not an abbreviation (a capitalised word such as
 * {@code Tiếp} after {@code NQ-HĐND - }), so a code never swallows the following text. Immutable.
 *
 * @param parts the parts as written, upper-case or a known mixed-case abbreviation ({@code TTr})
 * @param joins the separator before each part after the first: {@code /}, {@code -}, {@code .},
 *     {@code &} or {@code (}
 * @param closed whether a {@code (} is closed by {@code )} at the end
 * @param end where the code ends in the text, exclusive
 */
record NumberCode(List<String> parts, List<String> joins, boolean closed, int end) {

  /** A National Assembly term's code, its number possibly misread by OCR. */
  private static final Pattern TERM = Pattern.compile("((?:UBTV)?QH)([0-9IO]{1,2})");

  /** Copies the lists. */
  NumberCode {
    parts = List.copyOf(parts);
    joins = List.copyOf(joins);
  }

  private static final String GLUED_DATE_WORD = "ngày";

  /**
   * Reads the code between {@code start} and {@code end}, already shaped by the number pattern.
   *
   * @return the code, or empty when its first part is no abbreviation
   */
  static Optional<NumberCode> read(CharSequence text, int start, int end, DocumentTypes types) {
    List<String> parts = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    String pendingJoin = null;
    int i = start;
    while (i < end) {
      int partStart = i;
      while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String raw = text.subSequence(partStart, i).toString();
      String part = legislatureTerm(validPart(raw, types));
      if (part == null) {
        break;
      }
      if (pendingJoin != null) {
        joins.add(pendingJoin);
      }
      parts.add(part);
      ends.add(partStart + part.length());
      int joinAt = skipSpace(text, i, end);
      pendingJoin =
          part.length() < raw.length() || joinAt >= end ? null : join(text.charAt(joinAt));
      if (pendingJoin == null) {
        break;
      }
      i = skipSpace(text, joinAt + 1, end);
      if (pendingJoin.equals("-") && i < end && isDash(text.charAt(i))) {
        i = skipSpace(text, i + 1, end);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(close(text, parts, joins, ends));
  }

  /** Keeps a parenthesised last part only when its {@code )} follows. */
  private static NumberCode close(
      CharSequence text, List<String> parts, List<String> joins, List<Integer> ends) {
    int open = joins.indexOf("(");
    if (open < 0) {
      return new NumberCode(parts, joins, false, ends.get(ends.size() - 1));
    }
    int last = ends.get(ends.size() - 1);
    if (open == joins.size() - 1 && last < text.length() && text.charAt(last) == ')') {
      return new NumberCode(parts, joins, true, last + 1);
    }
    int keep = open + 1;
    return new NumberCode(
        parts.subList(0, keep), joins.subList(0, keep - 1), false, ends.get(keep - 1));
  }

  /**
   * The code of a National Assembly term as it is written, in digits ({@code QH11}, {@code
   * UBTVQH15}), where OCR read a {@code 1} as {@code I} and a {@code 0} as {@code O} ({@code
   * 67/2006/QHII}); any other part as it is.
   */
  private static String legislatureTerm(String part) {
    Matcher m = part == null ? null : TERM.matcher(part);
    if (m == null || !m.matches()) {
      return part;
    }
    return m.group(1) + OcrDigits.read(m.group(2));
  }

  /**
   * Returns the part as kept: the whole of an upper-case abbreviation or a known mixed-case one,
   * the abbreviation before a glued {@code ngày} ({@code CPngày}), or {@code null}.
   */
  private static String validPart(String raw, DocumentTypes types) {
    if (isAbbreviation(raw, types)) {
      return raw;
    }
    if (raw.endsWith(GLUED_DATE_WORD)) {
      String head = raw.substring(0, raw.length() - GLUED_DATE_WORD.length());
      return !head.isEmpty() && isAbbreviation(head, types) ? head : null;
    }
    return null;
  }

  private static boolean isAbbreviation(String raw, DocumentTypes types) {
    if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) {
      return false;
    }
    boolean upper = raw.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    return upper || types.isMixedCaseAbbreviation(raw);
  }

  private static int skipSpace(CharSequence text, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code c} is a hyphen or dash: OCR may read one join as two ({@code QĐ- -TTg}). */
  private static boolean isDash(char c) {
    return c == '-' || c >= '\u2010' && c <= '\u2015' || c == '\u2212';
  }

  /** Returns the canonical separator for {@code c}, or {@code null} when it joins no parts. */
  private static String join(char c) {
    return switch (c) {
      case '/', '.', '(', '&' -> String.valueOf(c);
      case ')' -> null;
      default -> "-";
    };
  }

  /** Returns the number of parts. */
  int size() {
    return parts.size();
  }

  /**
   * Returns the parts from {@code from} on, each in official spelling, joined by their separators,
   * or {@code null} when there are none.
   */
  String canonical(int from, DocumentTypes types) {
    if (from >= parts.size()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int k = from; k < parts.size(); k++) {
      if (k > from) {
        out.append(joins.get(k - 1));
      }
      out.append(types.canonicalIssuerPart(parts.get(k)));
    }
    if (closed) {
      out.append(')');
    }
    return out.toString();
  }

  /** Returns the separator between the first part and the second, or {@code null}. */
  String firstJoin() {
    return joins.isEmpty() ? null : joins.get(0);
  }
}
