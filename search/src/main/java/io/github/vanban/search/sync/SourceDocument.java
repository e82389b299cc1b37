package io.github.vanban.search.sync;

import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.Objects;

/**
 * An analysed file on its way to a backend: its id, the hash that tells later runs whether it
 * changed, and what the pipeline found in it. Derived values (title, year, excerpts) come from
 * {@link io.github.vanban.search.index.DocumentValues}, so every engine stores the same ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file's id: its path relative to the indexed folder, {@code /}-separated, behind
 *     the folder's name when several folders are indexed ({@link
 *     io.github.vanban.search.index.RootFolders})
 * @param hash the lower-case hex SHA-256 of the file's bytes
 * @param document the analysed file
 */
public record SourceDocument(String source, String hash, AnalyzedDocument document) {

  /**
   * Checks every part is present.
   *
   * @param source the file's id: its path relative to the indexed root, {@code /}-separated
   * @param hash the lower-case hex SHA-256 of the file's bytes
   * @param document the analysed file
   */
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(document, "document");
  }
}
