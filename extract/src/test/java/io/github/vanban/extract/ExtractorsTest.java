package io.github.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.pdf.PdfExtractor;
import io.github.vanban.extract.testing.LineListExtractor;
import io.github.vanban.extract.text.TextExtractor;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Extractors}: the registry found by {@link java.util.ServiceLoader}, and any failure of an
 * extractor, an {@link Error} too, stays with its file.
 */
class ExtractorsTest {

  private static final byte[] TEXT = "Văn bản.".getBytes(StandardCharsets.UTF_8);

  @Test
  void theStandardRegistryHoldsVanbansFormatsInDetectionOrder() {
    List<String> names =
        Extractors.standard().formats().stream()
            .map(FileFormat::name)
            .filter(n -> !n.equals("vanban-lines"))
            .toList();
    assertEquals(List.of("doc", "docx", "pdf", "html", "rtf", "txt"), names);
  }

  @Test
  void aProviderOnTheClassPathAddsAFormat() throws Exception {
    byte[] lines =
        (LineListExtractor.MAGIC + "Số: 12/UBND-VP\nKính gửi: Sở Tài chính.\n")
            .getBytes(StandardCharsets.UTF_8);
    ExtractedDocument doc = extract(Extractors.standard(), lines);
    assertEquals("vanban-lines", doc.metadata().format());
    assertEquals(2, doc.blocks().size());
    assertTrue(doc.text().contains("Kính gửi: Sở Tài chính."), doc.text());
  }

  @Test
  void aRegistryReadsOnlyItsOwnFormats() {
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> extract(Extractors.of(List.of(new PdfExtractor())), TEXT));
    assertEquals(ExtractionException.Reason.UNSUPPORTED, e.reason());
  }

  @Test
  void twoExtractorsOfOneFormatAreRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Extractors.of(List.of(new TextExtractor(), new TextExtractor())));
    assertTrue(e.getMessage().contains("'txt'"), e.getMessage());
  }

  @Test
  void anOutOfMemoryErrorOfOneFileIsTooLarge() {
    Extractors failing = Extractors.standard().with(textThatThrows(new OutOfMemoryError("heap")));
    assertEquals(ExtractionException.Reason.TOO_LARGE, failure(failing).reason());
  }

  @Test
  void anyOtherErrorOfOneFileIsCorrupt() {
    Extractors failing =
        Extractors.standard()
            .with(
                textThatThrows(new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream")));
    ExtractionException e = failure(failing);
    assertEquals(ExtractionException.Reason.CORRUPT, e.reason());
    assertEquals("damaged txt file: com/github/luben/zstd/ZstdInputStream", e.getMessage());
  }

  /** A text extractor that fails with {@code error}, replacing the standard one. */
  private static Extractor textThatThrows(Error error) {
    FileFormat text = new TextExtractor().format();
    return new Extractor() {
      @Override
      public FileFormat format() {
        return text;
      }

      @Override
      public ExtractedDocument extract(InputStream in, ExtractContext context) {
        throw error;
      }
    };
  }

  private static ExtractionException failure(Extractors extractors) {
    return assertThrows(ExtractionException.class, () -> extract(extractors, TEXT));
  }

  private static ExtractedDocument extract(Extractors extractors, byte[] bytes)
      throws ExtractionException, IOException {
    return extractors.extract(
        new BufferedInputStream(new ByteArrayInputStream(bytes)), ExtractContext.DEFAULT);
  }
}
