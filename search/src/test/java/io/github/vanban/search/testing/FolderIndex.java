package io.github.vanban.search.testing;

import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small folder of test documents indexed with the standard pipeline, for the end-to-end tests:
 * the documents go to {@code DIR/docs} (written from texts or copied from the repository's {@code
 * samples/docs}), the index to {@code DIR/index}, with one indexing thread so that runs are
 * repeatable.
 */
public final class FolderIndex {

  /** The repository's sample documents, from a module folder (search, samples...). */
  private static final Path SAMPLES = Path.of("..", "samples", "docs");

  private FolderIndex() {}

  /**
   * Writes each text under its file name in {@code dir/docs} and indexes the folder.
   *
   * @param dir the test's temporary folder
   * @param texts the documents' texts by file name ({@code luat.txt})
   * @return the index folder, {@code dir/index}
   * @throws IOException when writing or indexing fails
   */
  public static Path ofTexts(Path dir, Map<String, String> texts) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (Map.Entry<String, String> text : texts.entrySet()) {
      Files.writeString(docs.resolve(text.getKey()), text.getValue());
    }
    return index(dir);
  }

  /**
   * Copies the named documents of {@code samples/docs} into {@code dir/docs} and indexes the
   * folder.
   *
   * @param dir the test's temporary folder
   * @param names the sample documents' file names ({@code nq-12-2024-hdnd-tinh.docx})
   * @return the index folder, {@code dir/index}
   * @throws IOException when a sample is missing or indexing fails
   */
  public static Path ofSamples(Path dir, String... names) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (String name : names) {
      Files.copy(SAMPLES.resolve(name), docs.resolve(name));
    }
    return index(dir);
  }

  private static Path index(Path dir) throws IOException {
    Path index = dir.resolve("index");
    new Indexer(IndexerConfig.DEFAULT.withThreads(1))
        .index(dir.resolve("docs"), index, ProgressListener.NONE);
    return index;
  }
}
