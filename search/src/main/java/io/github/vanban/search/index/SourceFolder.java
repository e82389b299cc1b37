package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files to index under a root folder, as the local indexer lists them, for indexers of other
 * engines: regular files found recursively and sorted by id (the path relative to the root, {@code
 * /}-separated), hidden entries and excluded paths skipped, symbolic links and special files
 * reported instead of read.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceFolder {

  private final SourceFiles files;

  private SourceFolder(SourceFiles files) {
    this.files = files;
  }

  /**
   * Lists the files under {@code root}.
   *
   * @param root an existing folder
   * @param excluded paths left out with their subtrees
   * @return the listing: the files sorted by id and the entries that could not be read
   * @throws IOException when the root itself cannot be listed
   */
  public static SourceFolder list(Path root, Collection<Path> excluded) throws IOException {
    Set<Path> absolute = new LinkedHashSet<>();
    excluded.forEach(p -> absolute.add(p.toAbsolutePath().normalize()));
    return new SourceFolder(
        SourceFiles.list(Objects.requireNonNull(root, "root"), absolute, FileSelection.ALL));
  }

  /**
   * Returns the absolute, normalised root folder.
   *
   * @return the root folder
   */
  public Path root() {
    return files.root();
  }

  /**
   * Returns the regular files, sorted by id.
   *
   * @return the absolute paths of the files, unmodifiable
   */
  public List<Path> files() {
    return files.files();
  }

  /**
   * Returns the entries that could not be read while listing, each with its reason.
   *
   * @return the failures, empty when every entry was read
   */
  public List<Failure> unreadable() {
    return files.unreadable();
  }

  /**
   * Returns the id of {@code file}, one of {@link #files()}.
   *
   * @param file one of {@link #files()}
   * @return its path relative to the root, {@code /}-separated
   */
  public String id(Path file) {
    return files.id(file);
  }
}
