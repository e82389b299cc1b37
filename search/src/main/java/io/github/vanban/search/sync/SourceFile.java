package io.github.vanban.search.sync;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A new or changed file on its way to a backend that reads files itself ({@link FileSink}): its id,
 * the hash that tells later runs whether it changed, and its bytes.
 *
 * <p>Immutable and thread-safe: the bytes are held read-only and every call to {@link #bytes()}
 * returns a view of its own, positioned at the first byte.
 *
 * @param source the file's id: its path relative to the indexed folder, {@code /}-separated, behind
 *     the folder's name when several folders are indexed ({@link
 *     io.github.vanban.search.index.RootFolders})
 * @param hash the lower-case hex SHA-256 of the file's bytes
 * @param bytes the file's bytes
 */
public record SourceFile(String source, String hash, ByteBuffer bytes) {

  /**
   * Checks every part is present and keeps a read-only view of the bytes.
   *
   * @param source the file's id, as {@link SourceDocument#source()} forms it
   * @param hash the lower-case hex SHA-256 of the file's bytes
   * @param bytes the file's bytes, from its position to its limit; not copied, so not to be changed
   */
  public SourceFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(hash, "hash");
    bytes = Objects.requireNonNull(bytes, "bytes").asReadOnlyBuffer();
  }

  /**
   * Returns the file's bytes.
   *
   * @return a read-only view of its own, from the first byte to the last
   */
  @Override
  public ByteBuffer bytes() {
    return bytes.duplicate();
  }
}
