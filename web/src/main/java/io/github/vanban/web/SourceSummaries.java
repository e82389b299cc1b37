package io.github.vanban.web;

import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.query.DocumentSummary;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summaries (header, title, format) of indexed files by source, read from the backend and kept
 * for a while, for the metric explorer's issuers and the dates of citing documents.
 *
 * <p>Thread-safe. Holds at most {@link #MAX_ENTRIES} summaries, none older than {@link #MAX_AGE}
 * (so a file indexed again shows its new header within that time), and starts afresh past either.
 */
final class SourceSummaries {

  static final int MAX_ENTRIES = 20_000;

  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final IndexQueries backend;
  private final Map<String, Optional<DocumentSummary>> known = new ConcurrentHashMap<>();
  private volatile long since = System.nanoTime();

  SourceSummaries(IndexQueries backend) {
    this.backend = backend;
  }

  /** Returns the summary of the file indexed under {@code source}, or empty. */
  Optional<DocumentSummary> get(String source) throws IOException {
    long now = System.nanoTime();
    if (now - since > MAX_AGE.toNanos() || known.size() >= MAX_ENTRIES) {
      known.clear();
      since = now;
    }
    Optional<DocumentSummary> s = known.get(source);
    if (s == null) {
      s = backend.summary(source);
      known.put(source, s);
    }
    return s;
  }

  /** Returns the issuer of the file indexed under {@code source}, or {@code null}. */
  String issuer(String source) throws IOException {
    return get(source).map(d -> d.header() == null ? null : d.header().issuer()).orElse(null);
  }
}
