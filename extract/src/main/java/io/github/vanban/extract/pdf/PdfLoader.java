package io.github.vanban.extract.pdf;

import io.github.vanban.extract.ExtractLimits;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Loads a PDF within the limits: reads at most {@code maxBytes}, keeps at most {@link #MAIN_MEMORY}
 * of decoded streams in memory (the rest in temporary files), opens documents protected by an owner
 * password only, and translates PDFBox's failures into reason codes.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfLoader {

  /** Decoded streams kept in main memory before PDFBox spills to temporary files: 64 MiB. */
  static final long MAIN_MEMORY = 64L << 20;

  private static final int TAIL = 2048;

  private PdfLoader() {}

  /**
   * A loaded document and whether its bytes looked cut short.
   *
   * @param document the document; the caller closes it
   * @param truncated true when the file has no end-of-file marker near its end
   */
  record Loaded(PDDocument document, boolean truncated) {}

  /**
   * Loads a document from a stream, which is read but not closed.
   *
   * @throws ExtractionException {@code TOO_LARGE} over the byte limit, {@code ENCRYPTED} when a
   *     user password is needed, {@code CORRUPT} when PDFBox cannot parse it even leniently
   * @throws IOException when reading the stream fails
   */
  static Loaded load(InputStream in, ExtractLimits limits) throws ExtractionException, IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16L, limits.maxBytes());
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw new ExtractionException(
          Reason.TOO_LARGE, "the PDF is larger than the limit of " + limits.maxBytes() + " bytes");
    }
    try {
      PDDocument document =
          Loader.loadPDF(
              new RandomAccessReadBuffer(bytes),
              "",
              null,
              null,
              MemoryUsageSetting.setupMixed(MAIN_MEMORY).streamCache);
      return new Loaded(document, !hasEndMarker(bytes));
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(
          Reason.ENCRYPTED, "the PDF is protected by a password needed to open it", e);
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "damaged PDF: " + describe(e), e);
    }
  }

  private static boolean hasEndMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - TAIL);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
