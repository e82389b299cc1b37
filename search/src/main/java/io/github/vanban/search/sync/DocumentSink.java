package io.github.vanban.search.sync;

import java.io.IOException;

/**
 * The write side of a backend: what {@link FolderSync} needs to index a folder into an engine
 * incrementally. A backend keeps, per file id, the file's document with its metrics and references
 * and the file's content hash; putting a file again replaces all of them together.
 *
 * <p>Implementations are thread-safe: the sync puts files from several worker threads. What was put
 * or deleted is durable and visible to queries once {@link #commit()} returns; a run that dies
 * before may lose the changes since the last commit, never more, and a rerun redoes them.
 */
public interface DocumentSink extends BackendSink {

  /**
   * Adds a file's documents, replacing whatever the backend holds under its id.
   *
   * @param document the file's id, content hash and analysed document
   * @throws IOException when the backend refuses or cannot be reached
   */
  void put(SourceDocument document) throws IOException;

  /**
   * Makes every put and delete so far durable and visible to queries.
   *
   * @throws IOException when the backend refuses or cannot be reached
   */
  void commit() throws IOException;
}
