package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The guard of an index folder: vanban writes only into a new or empty folder or one holding its
 * own index, so Lucene never deletes a file vanban did not create (Lucene removes every file of its
 * own naming pattern it does not reference, such as {@code _1.pdf} or {@code _0.doc}).
 *
 * <p>A folder becomes vanban's when vanban creates the index in it: it writes the marker file
 * {@value #MARKER}, which lets a first run killed before its first commit be resumed. An index
 * written before the marker existed is recognised by the schema in its commit and marked. Stateless
 * and thread-safe.
 */
public final class IndexFolder {

  /** The file that marks a folder as holding a vanban index. */
  static final String MARKER = "vanban-index.txt";

  private static final String MARKER_TEXT =
      "This folder holds a vanban index (Lucene). Delete the whole folder to drop it.\n";

  private IndexFolder() {}

  /**
   * Makes {@code path} ready to hold a vanban index: creates it when missing, and checks that an
   * existing folder is empty or holds a vanban index.
   *
   * @param rebuild whether the index will be rebuilt: a damaged vanban index is accepted
   * @throws IllegalArgumentException when {@code path} is a file, holds other files, a foreign
   *     Lucene index, or a file Lucene would misread as its own ({@code segments_...})
   * @throws DamagedIndexException when it holds a vanban index that cannot be read, and no rebuild
   *     was asked for
   * @throws IOException when the folder cannot be created or read, with the reason
   */
  static void prepare(Path path, boolean rebuild) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IllegalArgumentException("the index path is a file, not a folder: " + path);
    }
    create(path);
    List<String> names = names(path);
    checkSegmentNames(path, names);
    if (names.isEmpty() || names.contains(MARKER)) {
      markIfNeeded(path, names);
      if (names.stream().anyMatch(n -> n.startsWith("segments_"))) {
        checkCommit(path, rebuild);
      }
      return;
    }
    Map<String, String> commit;
    try {
      commit = readCommit(path);
    } catch (IndexNotFoundException e) {
      throw new IllegalArgumentException(notAnIndex(path), e);
    } catch (DamagedIndexException e) {
      throw new IllegalArgumentException(
          "the folder "
              + path
              + " holds a damaged index that vanban cannot tell for its own;"
              + " remove it yourself or use another folder",
          e);
    }
    if (!commit.containsKey(IndexFields.COMMIT_SCHEMA)) {
      throw new IllegalArgumentException(
          "the folder " + path + " holds a Lucene index vanban did not write; use another folder");
    }
    markIfNeeded(path, names);
  }

  /**
   * Checks, before Lucene reads the index folder {@code path}, that no file there is named like a
   * commit without being one ({@code segments_} followed by anything but a base-36 number), which
   * Lucene fails on with a number format error.
   *
   * @param path the index folder
   * @throws IllegalArgumentException naming the file
   * @throws IOException when the folder cannot be listed
   */
  public static void checkSegmentNames(Path path) throws IOException {
    checkSegmentNames(path, names(path));
  }

  private static void checkSegmentNames(Path path, List<String> names) {
    for (String n : names) {
      if (n.startsWith("segments_") && !n.substring(9).matches("[0-9a-z]{1,13}")) {
        throw new IllegalArgumentException(
            "the index folder "
                + path
                + " holds a file vanban did not write, named like an index file: "
                + n
                + "; move it out of the folder");
      }
    }
  }

  private static List<String> names(Path path) throws IOException {
    try (Stream<Path> s = Files.list(path)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void create(Path path) throws IOException {
    try {
      Files.createDirectories(path);
    } catch (FileSystemException e) {
      String why =
          e instanceof NoSuchFileException
              ? "no such folder can be made there"
              : e instanceof AccessDeniedException
                  ? "permission denied"
                  : e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      throw new IOException("cannot create the index folder " + path + ": " + why, e);
    }
  }

  /**
   * Reads the last commit of vanban's own index; when it is damaged, fails, or for a rebuild drops
   * the damaged commit files (under the write lock) so that Lucene can start a new index.
   */
  private static void checkCommit(Path path, boolean rebuild) throws IOException {
    try {
      readCommit(path);
    } catch (DamagedIndexException e) {
      if (!rebuild) {
        throw e;
      }
      try (Directory dir = FSDirectory.open(path);
          Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        for (String n : dir.listAll()) {
          if (n.startsWith("segments_") || n.startsWith("pending_segments_")) {
            dir.deleteFile(n);
          }
        }
      } catch (LockObtainFailedException locked) {
        throw new IndexLockedException(path, locked);
      }
    }
  }

  private static Map<String, String> readCommit(Path path) throws IOException {
    try (Directory dir = FSDirectory.open(path)) {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (IndexNotFoundException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DamagedIndexException(path, e);
    }
  }

  private static void markIfNeeded(Path path, List<String> names) throws IOException {
    if (!names.contains(MARKER)) {
      Files.writeString(path.resolve(MARKER), MARKER_TEXT);
    }
  }

  private static String notAnIndex(Path path) {
    return "the folder "
        + path
        + " is not a vanban index and not empty; vanban writes an index only into a new or"
        + " empty folder (it would delete files there named like its own)";
  }
}
