package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files to index under one or more root folders, as every indexer lists them: regular files
 * found recursively, folder by folder in the order given and sorted by id within each, hidden
 * entries, excluded paths and files the selection leaves out skipped, symbolic links and special
 * files reported instead of read. Ids are formed by {@link RootFolders}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceFolder {

  private final RootFolders roots;
  private final List<SourceFiles> listings;
  private final List<Path> files;
  private final List<Failure> unreadable;

  private SourceFolder(RootFolders roots, List<SourceFiles> listings) {
    this.roots = roots;
    this.listings = List.copyOf(listings);
    List<Path> all = new ArrayList<>();
    List<Failure> bad = new ArrayList<>();
    for (SourceFiles l : listings) {
      all.addAll(l.files());
      for (Failure f : l.unreadable()) {
        bad.add(new Failure(roots.id(l.root(), f.source()), f.reason(), f.message()));
      }
    }
    this.files = List.copyOf(all);
    this.unreadable = List.copyOf(bad);
  }

  /**
   * Lists the files under each of {@code roots}.
   *
   * @param roots existing folders
   * @param excluded paths left out with their subtrees
   * @param selection which files are documents, by their path relative to their folder
   * @return the listing: the files and the entries that could not be read
   * @throws IOException when a root itself cannot be listed
   */
  public static SourceFolder list(
      RootFolders roots, Collection<Path> excluded, FileSelection selection) throws IOException {
    Set<Path> absolute = new LinkedHashSet<>();
    excluded.forEach(p -> absolute.add(p.toAbsolutePath().normalize()));
    Objects.requireNonNull(selection, "selection");
    List<SourceFiles> listings = new ArrayList<>();
    for (Path root : roots.folders()) {
      listings.add(SourceFiles.list(root, absolute, selection));
    }
    return new SourceFolder(roots, listings);
  }

  /**
   * Returns the root folders and how they form ids.
   *
   * @return the folders listed
   */
  public RootFolders roots() {
    return roots;
  }

  /**
   * Returns the regular files, folder by folder, each folder's sorted by id.
   *
   * @return the absolute paths of the files, unmodifiable
   */
  public List<Path> files() {
    return files;
  }

  /**
   * Returns the entries that could not be read while listing, each with its reason.
   *
   * @return the failures, by id in the index; empty when every entry was read
   */
  public List<Failure> unreadable() {
    return unreadable;
  }

  /**
   * Returns the root folder holding a file.
   *
   * @param file one of {@link #files()}
   * @return the absolute root folder it was found under
   * @throws IllegalArgumentException when {@code file} lies under none of the folders
   */
  public Path root(Path file) {
    return listing(file).root();
  }

  /**
   * Returns the id of a file in the index.
   *
   * @param file one of {@link #files()}
   * @return its id, as {@link RootFolders#id} forms it
   * @throws IllegalArgumentException when {@code file} lies under none of the folders
   */
  public String id(Path file) {
    SourceFiles l = listing(file);
    return roots.id(l.root(), l.id(file));
  }

  private SourceFiles listing(Path file) {
    for (SourceFiles l : listings) {
      if (file.startsWith(l.root())) {
        return l;
      }
    }
    throw new IllegalArgumentException("not a file of the listed folders: " + file);
  }
}
