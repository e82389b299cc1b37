package io.github.vanban.search.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folders one index holds, and how their files' ids are formed.
 *
 * <p>An index of one folder names each file by its path relative to the folder ({@code
 * 2024/qd-12.pdf}), as it always has. An index of several folders is <em>labelled</em>: each file's
 * id is its folder's name, a slash and its path relative to the folder ({@code
 * hanoi/2024/qd-12.pdf} and {@code hcm/2024/qd-12.pdf}), so two folders holding the same relative
 * path keep two ids, and an id never changes while the folder keeps its name. Hence two folders of
 * one index must not share a name, nor lie one inside the other (its files would be indexed twice).
 *
 * <p>Immutable and thread-safe.
 *
 * @param folders the absolute, normalised folders, in the order given
 * @param labelled whether ids start with the folder's name
 */
public record RootFolders(List<Path> folders, boolean labelled) {

  /**
   * Normalises the folders and checks they can share an index.
   *
   * @param folders the folders, in the order given
   * @param labelled whether ids start with the folder's name
   * @throws IllegalArgumentException when there is none, one is given twice, one lies inside
   *     another, or (labelled) two share a name or one has none (the file system's root)
   */
  public RootFolders {
    if (folders.isEmpty()) {
      throw new IllegalArgumentException("no folder to index");
    }
    List<Path> absolute = new ArrayList<>();
    folders.forEach(f -> absolute.add(f.toAbsolutePath().normalize()));
    folders = List.copyOf(absolute);
    checkApart(folders);
    if (labelled) {
      checkNames(folders);
    }
  }

  /**
   * Returns the folders of a new index: labelled when there are several.
   *
   * @param folders the folders, in the order given
   * @return the folders, checked
   * @throws IllegalArgumentException as the constructor does
   */
  public static RootFolders of(List<Path> folders) {
    return new RootFolders(folders, folders.size() > 1);
  }

  /**
   * Returns the label of a folder.
   *
   * @param folder one of {@link #folders()}
   * @return its name when labelled, else {@code ""}
   */
  public String label(Path folder) {
    return labelled ? name(folder) : "";
  }

  /**
   * Returns the id of a file.
   *
   * @param folder one of {@link #folders()}
   * @param relative the file's id within {@code folder}: its path relative to it, {@code
   *     /}-separated
   * @return the file's id in the index
   */
  public String id(Path folder, String relative) {
    return labelled ? name(folder) + "/" + relative : relative;
  }

  /**
   * Returns whether an id names a file of one of these folders.
   *
   * @param id a file's id in the index
   * @return always true when unlabelled, else whether {@code id} starts with one of the labels and
   *     a slash
   */
  public boolean owns(String id) {
    if (!labelled) {
      return true;
    }
    int slash = id.indexOf('/');
    return slash > 0 && folders.stream().anyMatch(f -> name(f).equals(id.substring(0, slash)));
  }

  private static String name(Path folder) {
    Path name = folder.getFileName();
    return name == null ? "" : name.toString();
  }

  private static void checkApart(List<Path> folders) {
    for (int i = 0; i < folders.size(); i++) {
      for (int j = 0; j < folders.size(); j++) {
        Path a = folders.get(i);
        Path b = folders.get(j);
        if (i != j && a.equals(b)) {
          throw new IllegalArgumentException("the folder " + a + " is named twice");
        }
        if (i != j && a.startsWith(b)) {
          throw new IllegalArgumentException(
              "the folder " + a + " lies inside " + b + ": its files would be indexed twice");
        }
      }
    }
  }

  private static void checkNames(List<Path> folders) {
    Map<String, Path> byName = new HashMap<>();
    for (Path f : folders) {
      String name = name(f);
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "the folder " + f + " has no name to label its files with; index a folder inside it");
      }
      Path other = byName.putIfAbsent(name, f);
      if (other != null) {
        throw new IllegalArgumentException(
            "two folders are named "
                + name
                + " ("
                + other
                + ", "
                + f
                + "): the files of an index of several folders are named by their folder's name;"
                + " index them into separate indexes, or give one another name");
      }
    }
  }
}
