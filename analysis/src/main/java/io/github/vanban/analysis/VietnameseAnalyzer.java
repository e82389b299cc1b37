package io.github.vanban.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Analyses Vietnamese text into syllable terms: {@link VietnameseSyllableTokenizer}, then {@link
 * VietnameseNormalizationFilter}, lower case, and, depending on the {@link Mode}, {@link
 * VietnameseFoldingFilter} and syllable bigrams.
 *
 * <p>Immutable and thread-safe: share one instance per mode (Lucene keeps per-thread token
 * streams).
 */
public final class VietnameseAnalyzer extends Analyzer {

  /** Which terms the analyzer produces. */
  public enum Mode {
    /** Syllables with their diacritics: {@code kinh}, {@code tế}. Ranks exact spellings higher. */
    EXACT,
    /** Syllables without diacritics: {@code kinh}, {@code te}. Finds accent-less queries. */
    FOLDED,
    /**
     * Adjacent pairs of folded syllables: {@code kinh te}, {@code te di}. Most Vietnamese words are
     * two syllables, so a bigram match rewards the query's words over scattered syllables.
     */
    FOLDED_BIGRAMS
  }

  private final Mode mode;

  /**
   * Creates an analyzer for {@code mode}.
   *
   * @param mode which terms to produce; not null
   */
  public VietnameseAnalyzer(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /**
   * Returns the mode.
   *
   * @return the mode given at construction, never null
   */
  public Mode mode() {
    return mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseSyllableTokenizer();
    // Compose and unify first: lower-casing and folding expect NFC syllables with Đ, not Ð.
    TokenStream stream = new LowerCaseFilter(new VietnameseNormalizationFilter(source));
    if (mode != Mode.EXACT) {
      stream = new VietnameseFoldingFilter(stream);
    }
    if (mode == Mode.FOLDED_BIGRAMS) {
      ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
      shingles.setOutputUnigrams(false);
      stream = shingles;
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(new VietnameseNormalizationFilter(in));
    return mode == Mode.EXACT ? stream : new VietnameseFoldingFilter(stream);
  }

  @Override
  public String toString() {
    return "VietnameseAnalyzer(" + mode + ")";
  }
}
