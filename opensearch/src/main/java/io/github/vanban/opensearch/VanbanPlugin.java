package io.github.vanban.opensearch;

import io.github.vanban.analysis.DocumentNumberFilter;
import io.github.vanban.analysis.VietnameseAnalyzer;
import io.github.vanban.analysis.VietnameseFoldingFilter;
import io.github.vanban.analysis.VietnameseNormalizationFilter;
import io.github.vanban.analysis.VietnameseSyllableTokenizer;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.opensearch.index.IndexModule;
import org.opensearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.opensearch.index.analysis.PreConfiguredTokenFilter;
import org.opensearch.index.analysis.PreConfiguredTokenizer;
import org.opensearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The vanban plugin for OpenSearch: Vietnamese analysis components under fixed names, and the
 * {@code vanban} ingest processor that reads files on ingest nodes.
 *
 * <p>Analysis, usable in any index's settings without configuration:
 *
 * <ul>
 *   <li>tokenizer {@value #TOKENIZER}: syllables, with document numbers kept whole;
 *   <li>token filters {@value #NORMALIZATION} (NFC, {@code Ð} to {@code Đ}, dash and quote
 *       variants), {@value #FOLDING} (diacritics removed, {@code đ} to {@code d}) and {@value
 *       #NUMBER} (a document number to the key every spelling of it shares); all three also work in
 *       normalizers;
 *   <li>analyzers {@value #EXACT}, {@value #FOLDED} and {@value #BIGRAMS}: the three modes of
 *       {@link VietnameseAnalyzer}, the ones the local index uses;
 *   <li>similarity {@value #SIMILARITY}: the local index's scoring.
 * </ul>
 *
 * <p>The node creates one instance; it holds no state.
 */
public final class VanbanPlugin extends Plugin implements AnalysisPlugin, IngestPlugin {

  /** Tokenizer name. */
  public static final String TOKENIZER = "vanban_syllable";

  /** Normalisation filter name. */
  public static final String NORMALIZATION = "vanban_normalization";

  /** Folding filter name. */
  public static final String FOLDING = "vanban_folding";

  /** Document-number filter name. */
  public static final String NUMBER = "vanban_number";

  /** Analyzer with diacritics. */
  public static final String EXACT = "vanban_exact";

  /** Accent-insensitive analyzer. */
  public static final String FOLDED = "vanban_folded";

  /** Accent-insensitive syllable-bigram analyzer. */
  public static final String BIGRAMS = "vanban_folded_bigrams";

  /**
   * Similarity name: Lucene 9's BM25 as the local index scores (OpenSearch's own {@code BM25} keeps
   * the older formula, whose scores are {@code k1 + 1} times larger).
   */
  public static final String SIMILARITY = "vanban_bm25";

  @Override
  public void onIndexModule(IndexModule module) {
    module.addSimilarity(SIMILARITY, (settings, version, scripts) -> new BM25Similarity());
  }

  @Override
  public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
    return List.of(PreConfiguredTokenizer.singleton(TOKENIZER, VietnameseSyllableTokenizer::new));
  }

  @Override
  public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
    // true: each filter maps one term to one term, so normalizers (keyword fields) may use it.
    return List.of(
        PreConfiguredTokenFilter.singleton(NORMALIZATION, true, VietnameseNormalizationFilter::new),
        PreConfiguredTokenFilter.singleton(FOLDING, true, VietnameseFoldingFilter::new),
        PreConfiguredTokenFilter.singleton(NUMBER, true, DocumentNumberFilter::new));
  }

  @Override
  public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
    return List.of(
        analyzer(EXACT, VietnameseAnalyzer.Mode.EXACT),
        analyzer(FOLDED, VietnameseAnalyzer.Mode.FOLDED),
        analyzer(BIGRAMS, VietnameseAnalyzer.Mode.FOLDED_BIGRAMS));
  }

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(VanbanProcessor.TYPE, new VanbanProcessor.Factory());
  }

  private static PreBuiltAnalyzerProviderFactory analyzer(
      String name, VietnameseAnalyzer.Mode mode) {
    return new PreBuiltAnalyzerProviderFactory(
        name, CachingStrategy.ONE, () -> new VietnameseAnalyzer(mode));
  }
}
