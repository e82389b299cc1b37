package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs extraction and the pipeline over the documents gold files name, and scores each analysis as
 * the JSON {@code vanban extract --json} prints for it. A document that cannot be read is scored as
 * finding nothing and is listed as missing. Thread-safe; each call uses its own threads.
 */
public final class Evaluator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Extractors extractors;
  private final ExtractContext context;
  private final Pipeline pipeline;
  private final int threads;
  private final Scorer scorer = new Scorer();
  private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

  /**
   * Creates an evaluator.
   *
   * @param extractors the extractor registry that reads the corpus files
   * @param context the limits and OCR mode for every file
   * @param pipeline the analysis whose output is scored
   * @param threads how many documents to analyse at once, at least 1
   */
  public Evaluator(Extractors extractors, ExtractContext context, Pipeline pipeline, int threads) {
    this.extractors = Objects.requireNonNull(extractors, "extractors");
    this.context = Objects.requireNonNull(context, "context");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /**
   * Analyses the documents of {@code golds}, found under {@code corpus}, and scores them.
   *
   * @param golds the gold files to score against
   * @param corpus the folder their {@code file} paths are relative to
   * @return the scores of every document, a document that failed counted as missing
   * @throws InterruptedException when interrupted while waiting for the analyses
   */
  public Score evaluate(List<GoldFile> golds, Path corpus) throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, golds.size())));
    try {
      List<Future<DocumentScore>> scores = new ArrayList<>();
      for (GoldFile gold : golds) {
        scores.add(pool.submit(() -> score(gold, corpus.resolve(gold.file()))));
      }
      List<DocumentScore> out = new ArrayList<>();
      for (Future<DocumentScore> f : scores) {
        out.add(get(f));
      }
      return new Score(out);
    } finally {
      pool.shutdownNow();
    }
  }

  private DocumentScore score(GoldFile gold, Path file) {
    try {
      String json =
          writer.write(file.toString(), pipeline.analyze(extractors.extract(file, context)));
      return scorer.score(gold, JSON.readTree(json), null);
    } catch (ExtractionException e) {
      return scorer.score(gold, null, e.reason() + ": " + e.getMessage());
    } catch (IOException e) {
      return scorer.score(gold, null, "cannot read the analysis: " + e.getMessage());
    } catch (RuntimeException e) {
      // One document that breaks the pipeline is reported, never the end of the evaluation.
      return scorer.score(gold, null, "analysis failed: " + e);
    }
  }

  private static DocumentScore get(Future<DocumentScore> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
    }
  }
}
