package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ReadFailureReasonTest {

  private static final String PATH = "/srv/công-văn/bí-mật/quyết-định.pdf";

  private final ReadFailureReason reason =
      new ReadFailureReason(
          "không còn tệp", e -> "lỗi hệ thống tệp", e -> "lỗi khác: " + e.getMessage());

  @Test
  void aMissingFileTakesTheCallersWords() {
    assertEquals("không còn tệp", reason.describe(new NoSuchFileException(PATH)));
  }

  @Test
  void aDeniedFileSaysPermissionDenied() {
    assertEquals("permission denied", reason.describe(new AccessDeniedException(PATH)));
  }

  @Test
  void aFileSystemErrorKeepsOnlyItsReasonNeverThePath() {
    String why = reason.describe(new FileSystemException(PATH, null, "Input/output error"));
    assertEquals("Input/output error", why);
    assertFalse(why.contains(PATH));
  }

  @Test
  void aFileSystemErrorWithoutReasonTakesTheCallersWords() {
    assertEquals("lỗi hệ thống tệp", reason.describe(new FileSystemException(PATH)));
  }

  @Test
  void anyOtherErrorIsDescribedByTheCaller() {
    assertEquals("lỗi khác: ngắt kết nối", reason.describe(new IOException("ngắt kết nối")));
  }
}
