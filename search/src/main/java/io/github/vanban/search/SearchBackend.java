package io.github.vanban.search;

import java.io.IOException;

/**
 * An open engine holding vanban's documents, as the command line opens one: its {@link
 * IndexQueries}, where it is, and closing it.
 *
 * <p>The local Lucene index ({@link io.github.vanban.search.query.Index}) is one adapter; cluster
 * engines are others. Every adapter returns the same immutable records, so the command line, the
 * JSON writer and the HTTP API print the same output whichever backend answered. Implementations
 * are thread-safe; close the backend when done.
 */
public interface SearchBackend extends IndexQueries, AutoCloseable {

  /**
   * Says where the documents are held, for messages: a folder or an engine's address.
   *
   * @return a folder path or an engine's URL, for messages only
   */
  String location();

  @Override
  void close() throws IOException;
}
