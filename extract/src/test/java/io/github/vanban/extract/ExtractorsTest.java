package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Extractors}: any failure of an extractor, an {@link Error} too, stays with its file. */
class ExtractorsTest {

  @Test
  void anOutOfMemoryErrorOfOneFileIsTooLarge() {
    Extractors failing =
        Extractors.standard()
            .with(
                Format.TEXT,
                (in, context) -> {
                  throw new OutOfMemoryError("Java heap space");
                });
    assertEquals(ExtractionException.Reason.TOO_LARGE, failure(failing).reason());
  }

  @Test
  void anyOtherErrorOfOneFileIsCorrupt() {
    Extractors failing =
        Extractors.standard()
            .with(
                Format.TEXT,
                (in, context) -> {
                  throw new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream");
                });
    ExtractionException e = failure(failing);
    assertEquals(ExtractionException.Reason.CORRUPT, e.reason());
    assertEquals("damaged txt file: com/github/luben/zstd/ZstdInputStream", e.getMessage());
  }

  private static ExtractionException failure(Extractors extractors) {
    byte[] text = "Văn bản.".getBytes(StandardCharsets.UTF_8);
    return assertThrows(
        ExtractionException.class,
        () ->
            extractors.extract(
                new BufferedInputStream(new ByteArrayInputStream(text)), ExtractContext.DEFAULT));
  }
}
