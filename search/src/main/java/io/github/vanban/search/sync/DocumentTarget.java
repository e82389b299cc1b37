package io.github.vanban.search.sync;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Extracts and analyses each file here, with the configuration's extractors (OCR included) and
 * pipeline, and puts the analysed document into a {@link DocumentSink}. Thread-safe.
 */
final class DocumentTarget extends SyncTarget<DocumentSink> {

  private final IndexerConfig config;

  DocumentTarget(IndexerConfig config, DocumentSink sink) {
    super(sink);
    this.config = config;
  }

  @Override
  Optional<Failure> put(String id, String hash, Path root, Path file) throws IOException {
    ExtractedDocument extracted;
    try {
      extracted =
          config.extractors().extract(root, file, config.extractContext().withSourceName(id));
    } catch (ExtractionException e) {
      return Optional.of(Failure.of(id, e));
    }
    AnalyzedDocument analysed;
    try {
      analysed = config.pipeline().analyze(extracted);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of(new Failure(id, Failure.ANALYSIS_ERROR, e.toString()));
    }
    sink.put(new SourceDocument(id, hash, analysed));
    return Optional.empty();
  }

  /** Commits; an analysed document is never refused for its content, so the list is empty. */
  @Override
  List<Failure> commit() throws IOException {
    sink.commit();
    return List.of();
  }
}
