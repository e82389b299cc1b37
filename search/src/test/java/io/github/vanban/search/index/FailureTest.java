package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.extract.ExtractionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** {@link Failure}: a message for a person, never "null" and never the absolute path. */
class FailureTest {

  @Test
  void anUnreadableFileSaysWhyEvenWhenTheErrorHasNoReason() {
    assertEquals(
        "permission denied",
        Failure.unreadable("a.txt", new AccessDeniedException("/srv/docs/a.txt")).message());
    assertEquals(
        "the file could not be read (FileSystemException)",
        Failure.unreadable("a.txt", new FileSystemException("/srv/docs/a.txt")).message());
    assertEquals(
        "the file disappeared before it was read",
        Failure.unreadable("a.txt", new NoSuchFileException("/srv/docs/a.txt")).message());
    assertEquals(
        "the file could not be read (IOException)",
        Failure.unreadable("a.txt", new IOException()).message());
  }

  @Test
  void anExtractionFailureWithoutAMessageNamesItsReason() {
    ExtractionException e = new ExtractionException(ExtractionException.Reason.CORRUPT, null);
    assertEquals("CORRUPT", Failure.of("a.pdf", e).message());
  }
}
