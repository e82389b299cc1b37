package io.github.vanban.search.sync;

import java.io.IOException;
import java.util.Optional;

/**
 * A sink holding documents in memory, with a committed and a pending state, that can be told to
 * fail after a number of puts, as a backend that goes away would. Thread-safe.
 */
final class MemorySink extends InMemorySink<SourceDocument> implements DocumentSink {

  private int putsBeforeFailure = Integer.MAX_VALUE;

  /** Makes every put after the next {@code n} fail. */
  synchronized void failAfter(int n) {
    putsBeforeFailure = n;
  }

  @Override
  public synchronized void put(SourceDocument document) throws IOException {
    if (putsBeforeFailure-- <= 0) {
      throw new IOException("the backend went away");
    }
    pending.put(document.source(), Optional.of(document));
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
}
