package io.github.vanban.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the commands that read an index: the search module's test corpus is indexed once per
 * test class under {@link #dir}, and {@link #cli} runs the commands against {@link #index}.
 */
abstract class IndexedCorpusFixture {

  /** The folder holding the corpus ("docs") and its index ("index"), one per test class. */
  @TempDir static Path dir;

  /** The path of the index, as a command line names it. */
  static String index;

  /** Runs the commands and keeps what they print. */
  final Cli cli = new Cli();

  @BeforeAll
  static void buildIndex() throws IOException {
    index = Cli.indexTestCorpus(dir).toString();
  }
}
