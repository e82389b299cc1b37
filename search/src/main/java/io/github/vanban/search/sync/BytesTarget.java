package io.github.vanban.search.sync;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.NoFollowFiles;
import io.github.vanban.search.index.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads each file's bytes here and sends them to a {@link FileSink}, which extracts and analyses
 * them. A file over the configuration's byte limit is not sent ({@code TOO_LARGE}, as the local
 * extraction reports it); one that cannot be read is {@code UNREADABLE}. Thread-safe.
 */
final class BytesTarget extends SyncTarget<FileSink> {

  private final long maxBytes;

  BytesTarget(long maxBytes, FileSink sink) {
    super(sink);
    this.maxBytes = maxBytes;
  }

  @Override
  Optional<Failure> put(String id, String hash, Path root, Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = NoFollowFiles.open(root, file)) {
      long size = Files.size(file);
      if (size > maxBytes) {
        return Optional.of(
            new Failure(
                id,
                ExtractionException.Reason.TOO_LARGE.name(),
                "file has " + size + " bytes, over the limit of " + maxBytes));
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return Optional.of(Failure.unreadable(id, e));
    }
    sink.put(new SourceFile(id, hash, ByteBuffer.wrap(bytes)));
    return Optional.empty();
  }

  @Override
  List<Failure> commit() throws IOException {
    return sink.commit();
  }
}
