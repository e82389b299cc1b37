package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The files to index under a root folder, found recursively, with their ids, and the entries that
 * could not be listed.
 *
 * <p>Skips hidden files and folders (a name starting with {@code .}, such as {@code .git}) and the
 * excluded paths (the index itself, a report file) with everything under them. Symbolic links are
 * never followed, so nothing outside the root is read and a link loop cannot trap the walk; they
 * are reported as not indexed, with named pipes, sockets and devices (which would block or never
 * end a read). Immutable and thread-safe.
 *
 * @param root the absolute, normalised root folder
 * @param files the regular files, sorted by id
 * @param unreadable entries that could not be read while listing, with the error
 */
record SourceFiles(Path root, List<Path> files, List<Failure> unreadable) {

  /** Copies the lists. */
  SourceFiles {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * Lists the regular files under {@code root}.
   *
   * @param root an existing folder
   * @param excluded paths left out with their subtrees, compared as absolute normalised paths
   * @param selection which files are documents: the others are left out, as if absent
   * @throws IOException when the root itself cannot be listed
   */
  static SourceFiles list(Path root, Set<Path> excluded, FileSelection selection)
      throws IOException {
    Path base = root.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    List<Failure> unreadable = new ArrayList<>();
    Files.walkFileTree(
        base,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(base) && skipped(dir, excluded)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (skipped(file, excluded) || !selection.selects(id(base, file))) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              files.add(file);
            } else {
              unreadable.add(Failure.notRegular(id(base, file), attrs));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(base)) {
              throw e;
            }
            unreadable.add(Failure.unreadable(id(base, file), e));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(f -> id(base, f)));
    return new SourceFiles(base, files, unreadable);
  }

  /**
   * Returns the id of {@code file}: its path relative to the root, {@code /}-separated; a name
   * holding bytes that are not UTF-8 keeps them as {@code %XX} ({@link RawFileName}), so that two
   * names differing only there keep two ids.
   */
  String id(Path file) {
    return id(root, file);
  }

  private static String id(Path base, Path file) {
    StringBuilder id = new StringBuilder();
    Path at = base;
    for (Path part : base.relativize(file)) {
      at = at.resolve(part);
      if (id.length() > 0) {
        id.append('/');
      }
      String name = part.toString();
      id.append(name.indexOf('\uFFFD') < 0 ? name : RawFileName.of(at));
    }
    return id.toString();
  }

  private static boolean skipped(Path p, Set<Path> excluded) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".")
        || excluded.stream().anyMatch(p::startsWith);
  }
}
