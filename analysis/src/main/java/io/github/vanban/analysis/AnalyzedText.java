package io.github.vanban.analysis;

import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.text.VietnameseText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text analysed once, replayed as the token stream of each {@link Mode}: the same terms, offsets
 * and positions as {@link VietnameseAnalyzer} of that mode gives, for a fraction of the work when
 * one text fills the exact, folded and bigram fields of a document — it is tokenised and normalised
 * once instead of three times, and folded once instead of twice.
 *
 * <p>The syllables come from {@link VietnameseAnalyzer} in {@link Mode#EXACT}; each is folded with
 * {@link VietnameseText#foldDiacritics(String)} as {@link VietnameseFoldingFilter} does; the
 * bigrams join adjacent folded syllables with a space, as the analyzer's shingles do.
 *
 * <p>Immutable and thread-safe; each {@link #stream(Mode)} is a new single-use stream, not
 * thread-safe, like every Lucene token stream.
 */
public final class AnalyzedText {

  private static final VietnameseAnalyzer EXACT = new VietnameseAnalyzer(Mode.EXACT);

  private final TermList exact;
  private final TermList folded;
  private final int[] starts;
  private final int[] ends;
  private final int length;

  private AnalyzedText(TermList exact, TermList folded, int[] starts, int[] ends, int length) {
    this.exact = exact;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
  }

  /**
   * Analyses {@code text} once, as {@link VietnameseAnalyzer} in exact mode does.
   *
   * @param text the text to analyse
   * @return its syllables, exact and folded, with their offsets
   */
  public static AnalyzedText of(String text) {
    Objects.requireNonNull(text, "text");
    TermList.Builder exact = new TermList.Builder(text.length());
    TermList.Builder folded = new TermList.Builder(text.length());
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    try (TokenStream ts = EXACT.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
        exact.add(term.buffer(), term.length());
        if (VietnameseNormalizationFilter.isAscii(term)) {
          folded.add(term.buffer(), term.length());
        } else {
          String f = VietnameseText.foldDiacritics(term.toString());
          folded.add(f.toCharArray(), f.length());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("a string reader failed", e);
    }
    return new AnalyzedText(exact.build(), folded.build(), starts, ends, text.length());
  }

  /**
   * Returns a new stream of the terms {@link VietnameseAnalyzer} in {@code mode} gives.
   *
   * @param mode which of the analyzer's modes to replay
   * @return a new token stream over the analysed syllables, not yet reset
   */
  public TokenStream stream(Mode mode) {
    return switch (mode) {
      case EXACT -> new Replay(exact, null, 1);
      case FOLDED -> new Replay(folded, null, 1);
      case FOLDED_BIGRAMS -> new Replay(folded, folded, 2);
    };
  }

  /** Replays the syllables, one term or two joined by a space per token. */
  private final class Replay extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TermList first;
    private final TermList second;
    private final int span;
    private int next;

    Replay(TermList first, TermList second, int span) {
      this.first = first;
      this.second = second;
      this.span = span;
    }

    @Override
    public boolean incrementToken() {
      if (next + span > first.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty();
      first.appendTo(next, term);
      if (second != null) {
        second.appendTo(next + 1, term.append(' '));
      }
      offset.setOffset(starts[next], ends[next + span - 1]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(length, length);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
