package io.github.vanban.search.query;

import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.index.DamagedIndexException;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.IndexFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A vanban index opened for queries: document numbers with the files citing them, metric mentions,
 * ranked full-text search and statistics, each returned as immutable records.
 *
 * <p>Thread-safe: queries may run concurrently; each uses a searcher from a {@link SearcherManager}
 * and sees the index as of the last {@link #refresh()} (or the opening). An {@code Indexer} may
 * write the index meanwhile. Close it when done; queries after closing fail.
 */
public final class Index implements SearchBackend {

  private final Path path;
  private final Directory directory;
  private final SearcherManager searchers;
  private final TextSearch text = new TextSearch();
  private final StatsReader stats = new StatsReader();

  private Index(Path path, Directory directory, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.searchers = searchers;
  }

  /**
   * Opens the index at {@code path}.
   *
   * @param path the index folder, as written by an {@link io.github.vanban.search.index.Indexer}
   * @return the open index; close it when done
   * @throws MissingIndexException when no index is there
   * @throws IOException when it cannot be read, or was written by a vanban of another schema
   */
  public static Index open(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    if (!Files.isDirectory(path)) {
      throw new MissingIndexException("no index at " + path);
    }
    IndexFolder.checkSegmentNames(path);
    Directory dir = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new MissingIndexException("no index at " + path);
      }
      SearcherManager manager = openSearchers(dir, path);
      checkSchema(manager, path);
      return new Index(path, dir, manager);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private static SearcherManager openSearchers(Directory dir, Path path) throws IOException {
    try {
      return new SearcherManager(dir, null);
    } catch (IOException | RuntimeException e) {
      throw new DamagedIndexException(path, e);
    }
  }

  private static void checkSchema(SearcherManager manager, Path path) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) s.getIndexReader();
      String schema = reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_SCHEMA);
      if (schema == null) {
        manager.close();
        throw new IOException(
            "the folder "
                + path
                + " holds a Lucene index vanban did not write: not a vanban index");
      }
      if (!schema.equals(IndexFields.SCHEMA_VERSION)) {
        manager.close();
        throw new IOException(
            "the index at "
                + path
                + " has schema "
                + schema
                + ", this vanban reads schema "
                + IndexFields.SCHEMA_VERSION
                + "; rebuild it");
      }
    } finally {
      manager.release(s);
    }
  }

  /**
   * Returns where the index lies.
   *
   * @return the index folder given to {@link #open(Path)}
   */
  public Path path() {
    return path;
  }

  @Override
  public String location() {
    return path.toString();
  }

  /**
   * Finds the documents whose own number is {@code number} and the files citing it; any spelling
   * EXTRACTION.md says is the same number matches.
   *
   * @throws InvalidQueryException when {@code number} holds no digit
   */
  @Override
  public NumberResult number(String number) throws IOException {
    Objects.requireNonNull(number, "number");
    return withSearcher(s -> NumberLookup.find(s, number));
  }

  /**
   * Finds metric mentions, oldest period first: the page {@code query} asks for (by default the
   * first {@link MetricQuery#DEFAULT_LIMIT}) and the exact number of matches.
   */
  @Override
  public MetricResult metrics(MetricQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    return withSearcher(s -> MetricSearch.find(s, query));
  }

  /**
   * Runs a ranked full-text search.
   *
   * @throws InvalidQueryException when the query text is malformed, names an unknown field or
   *     expands to too many terms
   */
  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    return withSearcher(s -> text.find(s, query));
  }

  /**
   * Returns the file indexed under {@code source} (its path relative to the indexed root, as
   * queries return it), or empty when the index holds no such file.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated
   * @return the file's summary, text and pages, or empty
   * @throws IOException when the index cannot be read
   */
  @Override
  public Optional<IndexedDocument> document(String source) throws IOException {
    Objects.requireNonNull(source, "source");
    return withSearcher(s -> DocumentLookup.find(s, source));
  }

  /**
   * Returns the summary (format, title, header) of the file indexed under {@code source}, or empty;
   * cheaper than {@link #document(String)}, which loads the text too.
   *
   * @param source the file's path relative to the indexed root, {@code /}-separated
   * @return the file's summary, or empty
   * @throws IOException when the index cannot be read
   */
  @Override
  public Optional<DocumentSummary> summary(String source) throws IOException {
    Objects.requireNonNull(source, "source");
    return withSearcher(s -> DocumentLookup.summary(s, source));
  }

  /** Returns what the index holds. */
  @Override
  public IndexStats stats() throws IOException {
    return withSearcher(stats::read);
  }

  /**
   * Makes later queries see the index's latest commit.
   *
   * @throws IOException when the index cannot be reopened
   */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  private interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearchFunction<T> f) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return f.apply(s);
    } finally {
      searchers.release(s);
    }
  }
}
