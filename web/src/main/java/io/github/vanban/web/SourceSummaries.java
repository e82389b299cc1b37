package io.github.vanban.web;

import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexedDocument;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summaries (header, title, format) of indexed files by source, read once from the backend and
 * kept, for the metric explorer's issuers and the dates of citing documents.
 *
 * <p>Thread-safe. Holds at most {@link #MAX_ENTRIES} summaries and starts afresh past that, so a
 * long-running server does not grow without bound.
 */
final class SourceSummaries {

  static final int MAX_ENTRIES = 20_000;

  private final Backend backend;
  private final Map<String, Optional<DocumentSummary>> known = new ConcurrentHashMap<>();

  SourceSummaries(Backend backend) {
    this.backend = backend;
  }

  /** Returns the summary of the file indexed under {@code source}, or empty. */
  Optional<DocumentSummary> get(String source) throws IOException {
    Optional<DocumentSummary> s = known.get(source);
    if (s == null) {
      s = backend.document(source).map(IndexedDocument::summary);
      if (known.size() >= MAX_ENTRIES) {
        known.clear();
      }
      known.put(source, s);
    }
    return s;
  }

  /** Returns the issuer of the file indexed under {@code source}, or {@code null}. */
  String issuer(String source) throws IOException {
    return get(source).map(d -> d.header() == null ? null : d.header().issuer()).orElse(null);
  }
}
