package io.github.vanban.extract.office;

import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole document into memory within the context's byte limit. Stateless, thread-safe. */
final class OfficeBytes {

  private OfficeBytes() {}

  /**
   * Returns every byte of {@code in} (not closed).
   *
   * @throws ExtractionException {@code TOO_LARGE} past {@code maxBytes}
   */
  static byte[] read(InputStream in, ExtractContext context)
      throws IOException, ExtractionException {
    long max = Math.min(context.limits().maxBytes(), Integer.MAX_VALUE - 16L);
    byte[] bytes = in.readNBytes((int) max + 1);
    if (bytes.length > max) {
      throw new ExtractionException(
          Reason.TOO_LARGE, "the document is larger than the limit of " + max + " bytes");
    }
    return bytes;
  }
}
