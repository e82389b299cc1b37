package io.github.vanban.search.sync;

import java.io.IOException;
import java.util.Map;

/**
 * What every write side of a backend gives {@link FolderSync}, whether it receives analysed
 * documents ({@link DocumentSink}) or files to read ({@link FileSink}): where it writes, which
 * files it holds, and deletion. Implementations are thread-safe.
 */
public interface BackendSink extends AutoCloseable {

  /**
   * Says where the documents go, for messages: a folder or an engine's address.
   *
   * @return a folder path or an engine's URL and index, for messages only
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
   * Removes a file's documents; nothing happens when the backend holds none.
   *
   * @param source the file's id, relative to its indexed folder
   * @throws IOException when the backend refuses or cannot be reached
   */
  void delete(String source) throws IOException;

  @Override
  void close() throws IOException;
}
