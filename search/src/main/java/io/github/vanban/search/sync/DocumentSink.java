package io.github.vanban.search.sync;

import java.io.IOException;
import java.util.Map;

/**
 * The write side of a backend: what {@link FolderSync} needs to index a folder into an engine
 * incrementally. A backend keeps, per file id, the file's document with its metrics and references
 * and the file's content hash; putting a file again replaces all of them together.
 *
 * <p>Implementations are thread-safe: the sync puts files from several worker threads. What was put
 * or deleted is durable and visible to queries once {@link #commit()} returns; a run that dies
 * before may lose the changes since the last commit, never more, and a rerun redoes them.
 */
public interface DocumentSink extends AutoCloseable {

  /**
   * Says where the documents go, for messages: a folder or an engine's address.
   *
   * @return a folder path or an engine's URL, for messages only
   */
  String location();

  /**
   * Returns the id and content hash of every file the backend holds, as of the last commit.
   *
   * @return file id to lower-case hex SHA-256 of its content
   * @throws IOException when the backend cannot be read
   */
  Map<String, String> held() throws IOException;

  /**
   * Adds a file's documents, replacing whatever the backend holds under its id.
   *
   * @param document the file's id, content hash and analysed document
   * @throws IOException when the backend refuses or cannot be reached
   */
  void put(SourceDocument document) throws IOException;

  /**
   * Removes a file's documents; nothing happens when the backend holds none.
   *
   * @param source the file's id, relative to the indexed root
   * @throws IOException when the backend refuses or cannot be reached
   */
  void delete(String source) throws IOException;

  /**
   * Makes every put and delete so far durable and visible to queries.
   *
   * @throws IOException when the backend refuses or cannot be reached
   */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
