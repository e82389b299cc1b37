package io.github.vanban.search.query;

import io.github.vanban.analysis.VietnameseAnalyzer;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.model.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts the snippet of a hit: the window of the text, about {@value #WINDOW} characters, holding the
 * most distinct matching words, HTML-escaped, with each run of matching words (only white space
 * between them) wrapped in one {@code <b>...</b>}.
 *
 * <p>Matching is on folded syllables, so {@code kinh te di san} marks {@code kinh tế di sản}.
 * Immutable and thread-safe.
 */
final class SnippetBuilder {

  /** Snippet length in characters of text, before escaping and marks. */
  static final int WINDOW = 240;

  private record Hit(String term, int start, int end) {}

  private final Analyzer folded = new VietnameseAnalyzer(Mode.FOLDED);

  /**
   * Returns the snippet of {@code text} for the folded terms {@code matches} accepts; the text's
   * start, with nothing marked, when nothing matches.
   */
  Snippet build(String text, Predicate<String> matches) {
    List<Hit> hits = hits(text, matches);
    TextSpan best = best(hits);
    int[] window = window(text, best == null ? new TextSpan(0, 0) : best);
    StringBuilder out = new StringBuilder(WINDOW + 64);
    if (window[0] > 0) {
      out.append("... ");
    }
    int pos = window[0];
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.start() < window[0] || h.end() > window[1]) {
        continue;
      }
      int runEnd = h.end();
      while (i + 1 < hits.size()
          && hits.get(i + 1).end() <= window[1]
          && text.substring(runEnd, hits.get(i + 1).start()).isBlank()) {
        runEnd = hits.get(++i).end();
      }
      appendEscaped(out, text, pos, h.start());
      out.append("<b>");
      appendEscaped(out, text, h.start(), runEnd);
      out.append("</b>");
      pos = runEnd;
    }
    appendEscaped(out, text, pos, window[1]);
    if (window[1] < text.length()) {
      out.append(" ...");
    }
    return new Snippet(out.toString().strip(), best);
  }

  private List<Hit> hits(String text, Predicate<String> matches) {
    List<Hit> out = new ArrayList<>();
    try (TokenStream ts = folded.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (matches.test(t)) {
          out.add(new Hit(t, offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return out;
  }

  /**
   * Returns the span from the first to the last of the run of hits, at most {@value #WINDOW} long,
   * holding the most distinct terms (then the most hits); null when there is no hit.
   */
  private static TextSpan best(List<Hit> hits) {
    TextSpan best = null;
    int bestScore = -1;
    Map<String, Integer> inWindow = new HashMap<>();
    int first = 0;
    for (int last = 0; last < hits.size(); last++) {
      inWindow.merge(hits.get(last).term(), 1, Integer::sum);
      while (first < last && hits.get(last).end() - hits.get(first).start() > WINDOW) {
        inWindow.merge(hits.get(first).term(), -1, Integer::sum);
        inWindow.remove(hits.get(first).term(), 0);
        first++;
      }
      int score = inWindow.size() * 1000 + (last - first + 1);
      if (score > bestScore) {
        bestScore = score;
        best = new TextSpan(hits.get(first).start(), hits.get(last).end());
      }
    }
    return best;
  }

  /** Returns [start, end) of the window around {@code best}, snapped to white space. */
  private static int[] window(String text, TextSpan best) {
    int bestStart = best.start();
    int bestEnd = best.end();
    int lead = Math.max(0, Math.min(WINDOW / 4, (WINDOW - (bestEnd - bestStart)) / 2));
    int start = Math.max(0, bestStart - lead);
    while (start > 0
        && !Character.isWhitespace(text.charAt(start - 1))
        && bestStart - start < WINDOW / 2) {
      start--;
    }
    int end = Math.min(text.length(), Math.max(start + WINDOW, bestEnd));
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && end - start < WINDOW + 30) {
      end++;
    }
    return new int[] {start, end};
  }

  private static void appendEscaped(StringBuilder out, String text, int from, int to) {
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        appendSpace(out);
      }
      space = false;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    if (space) {
      appendSpace(out);
    }
  }

  private static void appendSpace(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }
}
