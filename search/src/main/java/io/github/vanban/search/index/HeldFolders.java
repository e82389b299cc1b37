package io.github.vanban.search.index;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folders a local index holds, as its last commit records them, and the rules by which a run's
 * folders join them.
 *
 * <p>An index of one folder ({@link IndexFields#COMMIT_ROOT}) accepts that folder alone; with
 * {@link IndexerConfig#prune()} it accepts any folders, whose files replace its own. An index of
 * several folders ({@link IndexFields#COMMIT_ROOTS}, ids labelled by folder name) accepts any
 * folders and keeps their ids labelled, even when a run names one; a new folder named like one it
 * holds at another path is refused unless the run prunes (it would take that folder's ids). A
 * rebuild forgets what the index held. Immutable and thread-safe.
 *
 * @param folders the absolute paths of the folders held, as text (compared as text, so that a path
 *     of any file system provider matches its record); empty for a new index
 * @param labelled whether the index is one of several folders
 */
record HeldFolders(List<String> folders, boolean labelled) {

  /** Separates the folders in the commit data: no file name can hold it. */
  private static final String SEPARATOR = "\u0000";

  /** Copies the list. */
  HeldFolders {
    folders = List.copyOf(folders);
  }

  /** Returns the folders {@code commit}, an index's commit data, records. */
  static HeldFolders of(Map<String, String> commit) {
    String several = commit.get(IndexFields.COMMIT_ROOTS);
    if (several != null) {
      return new HeldFolders(Arrays.asList(several.split(SEPARATOR)), true);
    }
    String one = commit.get(IndexFields.COMMIT_ROOT);
    return one == null ? new HeldFolders(List.of(), false) : new HeldFolders(List.of(one), false);
  }

  /**
   * Returns the folders a run indexes, labelled as this index requires.
   *
   * @param given the folders named for the run
   * @param prune whether the run drops the files of folders it does not name
   * @param indexPath the index, for messages
   * @throws IllegalArgumentException when they cannot join this index
   */
  RootFolders admit(RootFolders given, boolean prune, Path indexPath) {
    if (folders.isEmpty() || !labelled && (prune || texts(given).equals(folders))) {
      return given;
    }
    if (!labelled) {
      throw new IllegalArgumentException(
          "the index at "
              + indexPath
              + " holds the folder "
              + folders.get(0)
              + (given.folders().size() == 1
                  ? ", not " + given.folders().get(0)
                  : " alone, its files named relative to it")
              + "; run with --prune to replace its files by these folders', or with --rebuild,"
              + " or use another index");
    }
    RootFolders run = new RootFolders(given.folders(), true);
    for (Path g : run.folders()) {
      for (String h : folders) {
        if (!prune && !g.toString().equals(h) && run.label(g).equals(name(h))) {
          throw new IllegalArgumentException(
              "the index at "
                  + indexPath
                  + " holds another folder named "
                  + g.getFileName()
                  + " ("
                  + h
                  + "), whose files are named as "
                  + g
                  + "'s would be; name that folder instead, or run with --prune to let "
                  + g
                  + " replace it, or use another index");
        }
      }
    }
    return run;
  }

  /** Returns the folders the index holds after a run over {@code run}. */
  HeldFolders after(RootFolders run, boolean prune) {
    if (!run.labelled() || prune || !labelled) {
      return new HeldFolders(texts(run), run.labelled());
    }
    Set<String> union = new LinkedHashSet<>(folders);
    union.addAll(texts(run));
    return new HeldFolders(List.copyOf(union), true);
  }

  private static List<String> texts(RootFolders roots) {
    return roots.folders().stream().map(Path::toString).toList();
  }

  private static String name(String folder) {
    Path name = Path.of(folder).getFileName();
    return name == null ? "" : name.toString();
  }

  /** Returns the commit data recording these folders. */
  Map<String, String> commitData() {
    if (labelled) {
      return Map.of(IndexFields.COMMIT_ROOTS, String.join(SEPARATOR, folders));
    }
    return Map.of(IndexFields.COMMIT_ROOT, folders.get(0));
  }
}
