package io.github.vanban.search.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Checks an index folder with Lucene's {@link CheckIndex}, as the crash and hostile tests do. */
public final class IndexChecks {

  private IndexChecks() {}

  /**
   * Asserts that the last commit of the index at {@code index}, if there is one, is clean; the
   * failure message carries CheckIndex's report.
   */
  public static void assertConsistent(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return;
    }
    try (FSDirectory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return;
      }
      try (CheckIndex check = new CheckIndex(d)) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
      }
    }
  }
}
