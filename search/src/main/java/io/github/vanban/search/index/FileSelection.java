package io.github.vanban.search.index;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files under the root are documents: those matching an include glob (all when there is none)
 * and no exclude glob, so that manifests and side files need not become documents. A glob ({@code
 * *.json}, {@code ban-nhap/**}) is matched against the file's id (its path relative to the root)
 * and against its name alone, in {@link java.nio.file.FileSystem#getPathMatcher} syntax. Immutable
 * and thread-safe.
 *
 * @param include globs a file must match one of; empty for every file
 * @param exclude globs a file must match none of
 */
public record FileSelection(List<String> include, List<String> exclude) {

  /** Every file. */
  public static final FileSelection ALL = new FileSelection(List.of(), List.of());

  /**
   * Copies the lists and checks every glob compiles.
   *
   * @param include globs a file must match one of; empty for every file
   * @param exclude globs a file must match none of
   * @throws IllegalArgumentException naming a glob that does not
   */
  public FileSelection {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    include.forEach(FileSelection::matcher);
    exclude.forEach(FileSelection::matcher);
  }

  /**
   * Returns whether the file with id {@code id} ({@code /}-separated) is selected.
   *
   * @param id the file's path relative to the indexed root, {@code /}-separated
   * @return true when the file matches an include glob (or there is none) and no exclude glob
   */
  public boolean selects(String id) {
    Path path = Path.of(id);
    Path name = path.getFileName();
    return (include.isEmpty() || include.stream().anyMatch(g -> matches(g, path, name)))
        && exclude.stream().noneMatch(g -> matches(g, path, name));
  }

  private static boolean matches(String glob, Path path, Path name) {
    PathMatcher m = matcher(glob);
    return m.matches(path) || name != null && m.matches(name);
  }

  private static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a valid glob: " + glob + " (" + e.getMessage() + ")", e);
    }
  }
}
