package io.github.vanban.search.index;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an {@link Indexer} runs.
 *
 * <p>Immutable and thread-safe. {@link #DEFAULT}: one thread per processor, a commit every 10
 * seconds or 500 files, vanban's standard extractors, pipeline and layer mappings, default
 * extraction limits with OCR, incremental (no rebuild, no prune), nothing excluded beyond the index
 * itself, every file selected.
 *
 * @param threads worker threads extracting and analysing files in parallel, at least 1; a run
 *     starts no more than there are files, nor more than eight per processor
 * @param commitInterval the longest time between two commits: what a crash can cost at most
 * @param commitEvery a commit after this many files at the latest, at least 1
 * @param pipeline the analysis run on each extracted file
 * @param mappings the Lucene mapping of each layer the pipeline gives
 * @param extractors the extractor registry
 * @param extractContext limits and OCR mode for every file
 * @param rebuild whether to drop everything the index holds before indexing
 * @param prune whether to drop the files the index holds from folders not indexed in this run;
 *     without it they stay as they are (see {@link RootFolders})
 * @param excluded paths under the root never indexed (with their subtrees), such as a report file
 * @param selection which files are documents, by include and exclude globs
 */
public record IndexerConfig(
    int threads,
    Duration commitInterval,
    int commitEvery,
    Pipeline pipeline,
    LayerMappings mappings,
    Extractors extractors,
    ExtractContext extractContext,
    boolean rebuild,
    boolean prune,
    List<Path> excluded,
    FileSelection selection) {

  /** The default configuration described above. */
  public static final IndexerConfig DEFAULT =
      new IndexerConfig(
          Runtime.getRuntime().availableProcessors(),
          Duration.ofSeconds(10),
          500,
          DefaultPipeline.create(),
          LayerMappings.STANDARD,
          Extractors.standard(),
          ExtractContext.DEFAULT,
          false,
          false,
          List.of(),
          FileSelection.ALL);

  /**
   * Checks the values.
   *
   * @param threads worker threads extracting and analysing files in parallel, at least 1; a run
   *     starts no more than there are files, nor more than eight per processor
   * @param commitInterval the longest time between two commits: what a crash can cost at most
   * @param commitEvery a commit after this many files at the latest, at least 1
   * @param pipeline the analysis run on each extracted file
   * @param mappings the Lucene mapping of each layer the pipeline gives
   * @param extractors the extractor registry
   * @param extractContext limits and OCR mode for every file
   * @param rebuild whether to drop everything the index holds before indexing
   * @param prune whether to drop the files the index holds from folders not indexed in this run
   * @param excluded paths under the root never indexed (with their subtrees), such as a report file
   * @param selection which files are documents, by include and exclude globs
   */
  public IndexerConfig {
    if (threads < 1 || commitEvery < 1) {
      throw new IllegalArgumentException(
          "threads " + threads + " and commitEvery " + commitEvery + " must be >= 1");
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(mappings, "mappings");
    Objects.requireNonNull(extractors, "extractors");
    Objects.requireNonNull(extractContext, "extractContext");
    excluded = List.copyOf(excluded);
    Objects.requireNonNull(selection, "selection");
  }

  /**
   * Returns a copy with another thread count.
   *
   * @param value worker threads, at least 1
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withThreads(int value) {
    return edit(f -> f.threads = value);
  }

  /**
   * Returns a copy with another commit policy.
   *
   * @param interval the longest time between two commits
   * @param every a commit after this many files at the latest, at least 1
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withCommits(Duration interval, int every) {
    return edit(
        f -> {
          f.commitInterval = interval;
          f.commitEvery = every;
        });
  }

  /**
   * Returns a copy with another analysis pipeline.
   *
   * @param value the analysis run on each extracted file
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withPipeline(Pipeline value) {
    return edit(f -> f.pipeline = value);
  }

  /**
   * Returns a copy with other layer mappings: how the Lucene index maps each layer, such as a layer
   * of the user's own that the pipeline gives.
   *
   * @param value the mapping of each layer ({@link LayerMappings#STANDARD} and the user's own)
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withMappings(LayerMappings value) {
    return edit(f -> f.mappings = value);
  }

  /**
   * Returns a copy with another extractor registry.
   *
   * @param value the extractor registry
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withExtractors(Extractors value) {
    return edit(f -> f.extractors = value);
  }

  /**
   * Returns a copy with another extraction context.
   *
   * @param value the limits and OCR mode for every file
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withExtractContext(ExtractContext value) {
    return edit(f -> f.extractContext = value);
  }

  /**
   * Returns a copy that rebuilds the index, or not.
   *
   * @param value true to drop everything the index holds before indexing
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withRebuild(boolean value) {
    return edit(f -> f.rebuild = value);
  }

  /**
   * Returns a copy that drops the files of folders a run does not name, or keeps them.
   *
   * @param value whether to prune
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withPrune(boolean value) {
    return edit(f -> f.prune = value);
  }

  /**
   * Returns a copy selecting other files.
   *
   * @param value which files are documents, by include and exclude globs
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withSelection(FileSelection value) {
    return edit(f -> f.selection = value);
  }

  /**
   * Returns a copy with other excluded paths.
   *
   * @param value paths under the root never indexed, with their subtrees
   * @return a new configuration with the other values unchanged
   */
  public IndexerConfig withExcluded(List<Path> value) {
    return edit(f -> f.excluded = value);
  }

  private IndexerConfig edit(Consumer<Values> change) {
    Values values = new Values(this);
    change.accept(values);
    return values.build();
  }

  /** The values of one copy while a wither changes some of them: the one place naming them all. */
  private static final class Values {
    private int threads;
    private Duration commitInterval;
    private int commitEvery;
    private Pipeline pipeline;
    private LayerMappings mappings;
    private Extractors extractors;
    private ExtractContext extractContext;
    private boolean rebuild;
    private boolean prune;
    private List<Path> excluded;
    private FileSelection selection;

    private Values(IndexerConfig config) {
      threads = config.threads;
      commitInterval = config.commitInterval;
      commitEvery = config.commitEvery;
      pipeline = config.pipeline;
      mappings = config.mappings;
      extractors = config.extractors;
      extractContext = config.extractContext;
      rebuild = config.rebuild;
      prune = config.prune;
      excluded = config.excluded;
      selection = config.selection;
    }

    private IndexerConfig build() {
      return new IndexerConfig(
          threads,
          commitInterval,
          commitEvery,
          pipeline,
          mappings,
          extractors,
          extractContext,
          rebuild,
          prune,
          excluded,
          selection);
    }
  }
}
