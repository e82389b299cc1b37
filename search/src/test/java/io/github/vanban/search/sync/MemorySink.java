package io.github.vanban.search.sync;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sink holding documents in memory, with a committed and a pending state, that can be told to
 * fail after a number of puts, as a backend that goes away would. Thread-safe.
 */
final class MemorySink implements DocumentSink {

  /** Pending changes by id: a document to put, or empty for a delete. */
  private final Map<String, Optional<SourceDocument>> pending = new LinkedHashMap<>();

  private final Map<String, SourceDocument> committed = new HashMap<>();
  private int putsBeforeFailure = Integer.MAX_VALUE;

  /** Makes every put after the next {@code n} fail. */
  synchronized void failAfter(int n) {
    putsBeforeFailure = n;
  }

  /** Returns the committed documents by id. */
  synchronized Map<String, SourceDocument> committed() {
    return Map.copyOf(committed);
  }

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public synchronized Map<String, String> held() {
    Map<String, String> out = new HashMap<>();
    committed.forEach((id, d) -> out.put(id, d.hash()));
    return out;
  }

  @Override
  public synchronized void put(SourceDocument document) throws IOException {
    if (putsBeforeFailure-- <= 0) {
      throw new IOException("the backend went away");
    }
    pending.put(document.source(), Optional.of(document));
  }

  @Override
  public synchronized void delete(String source) {
    pending.put(source, Optional.empty());
  }

  @Override
  public synchronized void commit() {
    pending.forEach(
        (id, d) -> {
          if (d.isPresent()) {
            committed.put(id, d.get());
          } else {
            committed.remove(id);
          }
        });
    pending.clear();
  }

  @Override
  public void close() {}
}
