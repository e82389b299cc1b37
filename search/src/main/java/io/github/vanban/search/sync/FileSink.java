package io.github.vanban.search.sync;

import io.github.vanban.search.index.Failure;
import java.io.IOException;
import java.util.List;

/**
 * The write side of a backend that extracts and analyses files itself (OpenSearch's {@code vanban}
 * ingest pipeline, say): what {@link FolderSync} needs to send it a folder's files as bytes,
 * incrementally. The backend keeps, per file id, what it found in the file and the file's content
 * hash; putting a file again replaces both.
 *
 * <p>A file the backend cannot read is not an error of the run: {@link #commit()} returns it with
 * the backend's reason code, and the sync reports it as it reports a file it could not read
 * locally. Implementations are thread-safe: the sync puts files from several worker threads. What
 * was put or deleted is durable and visible to queries once {@link #commit()} returns; a run that
 * dies before may lose the changes since the last commit, never more, and a rerun redoes them.
 */
public interface FileSink extends BackendSink {

  /**
   * Sends a file to be read, replacing whatever the backend holds under its id once it is read. A
   * file the backend cannot read leaves what it held before, and comes back from {@link #commit()}.
   *
   * @param file the file's id, content hash and bytes
   * @throws IOException when the backend cannot be reached, or refuses the request as a whole
   */
  void put(SourceFile file) throws IOException;

  /**
   * Makes every put and delete so far durable and visible to queries, and returns the files put
   * since the last commit that the backend could not read, each with its reason code ({@code
   * CORRUPT}, {@code ENCRYPTED}, {@code UNSUPPORTED}, ...; the names of {@link
   * io.github.vanban.extract.ExtractionException.Reason}, or {@link Failure#ANALYSIS_ERROR}).
   *
   * @return the refused files, each with its reason code and the backend's message; empty when
   *     every file was read
   * @throws IOException when the backend refuses a document for any other reason, or cannot be
   *     reached
   */
  List<Failure> commit() throws IOException;
}
