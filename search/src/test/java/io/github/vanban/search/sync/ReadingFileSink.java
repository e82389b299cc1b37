package io.github.vanban.search.sync;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexerConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file sink that reads the bytes it is sent at commit time, as an engine's ingest pipeline reads
 * a bulk: with the extractors and pipeline of a configuration, keeping what it read and the hash in
 * memory; a file it cannot read stays out, its reason returned by the commit. Thread-safe.
 */
final class ReadingFileSink extends InMemorySink<SourceFile> implements FileSink {

  private final IndexerConfig config;
  private int commits;

  ReadingFileSink(IndexerConfig config) {
    this.config = config;
  }

  /** Returns how many commits were made. */
  synchronized int commits() {
    return commits;
  }

  @Override
  public synchronized void put(SourceFile file) {
    pending.put(file.source(), Optional.of(file));
  }

  @Override
  public synchronized List<Failure> commit() throws IOException {
    commits++;
    List<Failure> refused = new ArrayList<>();
    for (Map.Entry<String, Optional<SourceFile>> e : pending.entrySet()) {
      if (e.getValue().isEmpty()) {
        committed.remove(e.getKey());
        continue;
      }
      SourceFile file = e.getValue().get();
      try {
        committed.put(e.getKey(), new SourceDocument(file.source(), file.hash(), read(file)));
      } catch (ExtractionException x) {
        refused.add(Failure.of(file.source(), x));
      }
    }
    pending.clear();
    return refused;
  }

  private AnalyzedDocument read(SourceFile file) throws ExtractionException, IOException {
    ByteBuffer bytes = file.bytes();
    byte[] array = new byte[bytes.remaining()];
    bytes.get(array);
    try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(array))) {
      return config.pipeline().analyze(config.extractors().extract(in, config.extractContext()));
    }
  }
}
