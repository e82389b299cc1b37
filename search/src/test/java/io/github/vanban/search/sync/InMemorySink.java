package io.github.vanban.search.sync;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the in-memory sinks of the sync tests share: the pending changes by id (an item to put, or
 * empty for a delete) and the committed documents, whose hashes {@link #held()} reports. Subclasses
 * touch both maps only while holding the sink's lock. Thread-safe.
 *
 * @param <T> what a put sends: a document or a file
 */
abstract class InMemorySink<T> implements BackendSink {

  /** Pending changes by id: an item to put, or empty for a delete. */
  final Map<String, Optional<T>> pending = new LinkedHashMap<>();

  /** The documents as of the last commit, by id. */
  final Map<String, SourceDocument> committed = new HashMap<>();

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
  public synchronized void delete(String source) {
    pending.put(source, Optional.empty());
  }

  @Override
  public void close() {}
}
