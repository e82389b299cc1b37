package io.github.vanban.search.sync;

import io.github.vanban.search.index.Failure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link SyncRun} writes, and how a new or changed file reaches it: analysed here ({@link
 * DocumentTarget}) or sent as bytes for the backend to read ({@link BytesTarget}). Listing, hashing
 * and deciding what to send are the run's, the same for both; so are deletions, which go straight
 * to the sink. Thread-safe.
 *
 * @param <S> the kind of sink
 */
abstract class SyncTarget<S extends BackendSink> {

  /** The backend's write side. */
  final S sink;

  SyncTarget(S sink) {
    this.sink = sink;
  }

  /**
   * Sends a new or changed file, replacing what the backend holds under {@code id}.
   *
   * @param id the file's id in the backend
   * @param hash the lower-case hex SHA-256 of the file's bytes
   * @param root the listed folder holding {@code file}; no link is followed below it
   * @param file the file's absolute path
   * @return why the file was not sent (it could not be read or analysed here), or empty
   * @throws IOException when the backend refuses or cannot be reached
   */
  abstract Optional<Failure> put(String id, String hash, Path root, Path file) throws IOException;

  /**
   * Removes a file's documents.
   *
   * @param id the file's id in the backend
   * @throws IOException when the backend refuses or cannot be reached
   */
  final void delete(String id) throws IOException {
    sink.delete(id);
  }

  /**
   * Makes the changes durable and returns the files sent since the last commit that the backend
   * could not read.
   *
   * @return the refused files, each with its reason code; empty when none was refused
   * @throws IOException when the backend refuses or cannot be reached
   */
  abstract List<Failure> commit() throws IOException;
}
