package io.github.vanban.solr;

import static org.junit.Assert.assertTrue;

import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.IndexerConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample documents of the repository and how the tests index them, locally and into Solr. */
final class Samples {

  private Samples() {}

  /** Returns the folder {@code samples/docs} of the repository. */
  static Path folder() {
    Path p = Path.of("..", "samples", "docs").toAbsolutePath().normalize();
    assertTrue("no sample folder at " + p, Files.isDirectory(p));
    return p;
  }

  /** One thread, so the local index holds the files in the order of their ids; no OCR. */
  static IndexerConfig config() {
    return IndexerConfig.DEFAULT
        .withThreads(1)
        .withExtractContext(IndexerConfig.DEFAULT.extractContext().withOcr(OcrMode.OFF));
  }
}
