package io.github.vanban.extract.legacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and converts the legacy-encoded lines of a text that has no font information.
 *
 * <p>Each line is weighed word by word ({@link Evidence}) for each encoding; a line whose words
 * read as Vietnamese only once decoded is converted with the winning encoding, a line without
 * evidence (only ASCII words, or words valid both ways) follows the nearest line that had some, and
 * in a converted line the words that are already Unicode are kept. Thread-safe: the only state is
 * the shared, bounded record of the words weighed so far.
 */
final class LegacyTextRepair {

  private static final LegacyEncoding[] ENCODINGS = LegacyEncoding.values();
  private static final int MIN_CAPITALS_FOR_CAPS_LINE = 3;
  private static final int MIN_CAPITALS_FOR_CAPS_WORD = 2;

  /** Evidence of a word holding a letter beyond Latin-1: Unicode for every encoding. */
  private static final Evidence[] BEYOND_LATIN1 = filled(Evidence.BEYOND_LATIN1);

  /** Evidence of a word holding no code point any encoding maps: none for every encoding. */
  private static final Evidence[] UNMAPPED = filled(Evidence.NONE);

  /**
   * The most words whose evidence {@link #WEIGHED} keeps: far more than the syllables of the
   * language, a few megabytes at most.
   */
  private static final int MAX_WEIGHED = 50_000;

  /**
   * The evidence of each word weighed so far, shared by all texts and threads: texts repeat their
   * words and each other's, and weighing one decodes it and checks syllables twice. The arrays are
   * never written after they are made.
   */
  private static final Map<String, Evidence[]> WEIGHED = new ConcurrentHashMap<>();

  /** One line of the text, half-open. */
  private record Line(int start, int end) {}

  private LegacyTextRepair() {}

  /** Returns the legacy encoding the text as a whole reads best in, if one clearly does. */
  static Optional<LegacyEncoding> guess(String text) {
    Evidence[] total = weigh(text, 0, text.length());
    LegacyEncoding best = best(total);
    return total[best.ordinal()].favoursLegacy() ? Optional.of(best) : Optional.empty();
  }

  /** Converts the lines that read as legacy-encoded, leaving the others untouched. */
  static String repair(String text) {
    List<Line> lines = lines(text);
    LegacyEncoding[] encodings = new LegacyEncoding[lines.size()];
    boolean[] decided = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Evidence[] evidence = weigh(text, lines.get(i).start(), lines.get(i).end());
      LegacyEncoding best = best(evidence);
      if (evidence[best.ordinal()].favoursLegacy()) {
        encodings[i] = best;
        decided[i] = true;
      } else {
        decided[i] = evidence[best.ordinal()].favoursUnicode();
      }
    }
    inheritFromNeighbours(encodings, decided);
    if (allNull(encodings)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (encodings[i] == null) {
        out.append(text, line.start(), line.end());
      } else {
        convertLine(text, line, encodings[i], out);
      }
    }
    return out.toString();
  }

  /** Sums the evidence of the words of {@code [start, end)} per encoding. */
  private static Evidence[] weigh(String text, int start, int end) {
    Evidence[] sums = {Evidence.NONE, Evidence.NONE};
    int i = start;
    while (i < end) {
      int wordEnd = wordEnd(text, i, end);
      if (wordEnd > i) {
        Evidence[] word = plainWord(text, i, wordEnd);
        if (word == null) {
          word = weighed(text.substring(i, wordEnd));
        }
        for (LegacyEncoding encoding : ENCODINGS) {
          sums[encoding.ordinal()] = sums[encoding.ordinal()].plus(word[encoding.ordinal()]);
        }
        i = wordEnd;
      } else {
        i++;
      }
    }
    return sums;
  }

  /**
   * Returns the evidence of the word {@code [start, end)} when its letters decide it without
   * decoding (the answers {@link Evidence#of} gives for such words, read off the characters without
   * copying the word), or null when it must be weighed.
   */
  private static Evidence[] plainWord(String text, int start, int end) {
    boolean mapped = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0xFF && Character.isLetter(c)) {
        return BEYOND_LATIN1;
      }
      for (LegacyEncoding encoding : ENCODINGS) {
        mapped |= LegacyCodec.isMapped(c, encoding);
      }
    }
    return mapped ? null : UNMAPPED;
  }

  private static Evidence[] filled(Evidence evidence) {
    Evidence[] out = new Evidence[ENCODINGS.length];
    Arrays.fill(out, evidence);
    return out;
  }

  private static boolean allNull(LegacyEncoding[] encodings) {
    for (LegacyEncoding e : encodings) {
      if (e != null) {
        return false;
      }
    }
    return true;
  }

  /** Returns the evidence of {@code word} per encoding, from {@link #WEIGHED} when it is there. */
  private static Evidence[] weighed(String word) {
    Evidence[] known = WEIGHED.get(word);
    if (known != null) {
      return known;
    }
    Evidence[] evidence = weigh(word);
    if (WEIGHED.size() < MAX_WEIGHED) {
      WEIGHED.putIfAbsent(word, evidence);
    }
    return evidence;
  }

  private static Evidence[] weigh(String word) {
    Evidence[] out = new Evidence[ENCODINGS.length];
    for (LegacyEncoding encoding : ENCODINGS) {
      out[encoding.ordinal()] = Evidence.of(word, encoding);
    }
    return out;
  }

  private static LegacyEncoding best(Evidence[] evidence) {
    return evidence[LegacyEncoding.VNI.ordinal()].legacy()
            > evidence[LegacyEncoding.TCVN3.ordinal()].legacy()
        ? LegacyEncoding.VNI
        : LegacyEncoding.TCVN3;
  }

  private static void inheritFromNeighbours(LegacyEncoding[] encodings, boolean[] decided) {
    int lastDecided = -1;
    for (int i = 0; i < encodings.length; i++) {
      if (decided[i]) {
        lastDecided = i;
      } else if (lastDecided >= 0) {
        encodings[i] = encodings[lastDecided];
      } else {
        encodings[i] = firstDecidedAfter(encodings, decided, i);
      }
    }
  }

  private static LegacyEncoding firstDecidedAfter(
      LegacyEncoding[] encodings, boolean[] decided, int from) {
    for (int i = from; i < encodings.length; i++) {
      if (decided[i]) {
        return encodings[i];
      }
    }
    return null;
  }

  private static void convertLine(
      String text, Line line, LegacyEncoding encoding, StringBuilder out) {
    boolean capsLine =
        encoding == LegacyEncoding.TCVN3 && isCapitalised(text, line, MIN_CAPITALS_FOR_CAPS_LINE);
    int i = line.start();
    while (i < line.end()) {
      int wordEnd = wordEnd(text, i, line.end());
      if (wordEnd == i) {
        out.append(text.charAt(i++));
        continue;
      }
      String word = text.substring(i, wordEnd);
      LegacyEncoding wordEncoding = encodingOf(word, encoding);
      if (wordEncoding == null) {
        out.append(word);
      } else {
        String decoded = LegacyCodec.decode(word, wordEncoding);
        boolean caps =
            wordEncoding == LegacyEncoding.TCVN3
                && (capsLine
                    || isCapitalised(word, new Line(0, word.length()), MIN_CAPITALS_FOR_CAPS_WORD));
        out.append(caps ? decoded.toUpperCase(Locale.ROOT) : decoded);
      }
      i = wordEnd;
    }
  }

  /**
   * Returns the encoding to decode a word of a legacy line with: the line's, unless the word is
   * already Unicode (null), or only the other encoding makes it a syllable (a VNI word typed into a
   * TCVN3 line).
   */
  private static LegacyEncoding encodingOf(String word, LegacyEncoding lineEncoding) {
    Evidence evidence = Evidence.of(word, lineEncoding);
    if (evidence.unicode() > 0) {
      return null;
    }
    if (evidence.legacy() == 0) {
      for (LegacyEncoding other : ENCODINGS) {
        if (other != lineEncoding && Evidence.of(word, other).legacy() > 0) {
          return other;
        }
      }
    }
    return lineEncoding;
  }

  /** True if the span has at least {@code min} ASCII letters and all are capitals. */
  private static boolean isCapitalised(String text, Line span, int min) {
    int letters = 0;
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 && Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= min;
  }

  private static int wordEnd(String text, int start, int end) {
    int i = start;
    while (i < end && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c)
        || (c >= 0xA1 && c <= 0xFF)
        || c == '\u2212'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(new Line(start, i + 1));
        start = i + 1;
      }
    }
    lines.add(new Line(start, text.length()));
    return lines;
  }
}
