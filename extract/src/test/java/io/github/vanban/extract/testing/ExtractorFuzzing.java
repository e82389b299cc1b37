package io.github.vanban.extract.testing;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractLimits;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractor;
import io.github.vanban.extract.OcrMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The fuzz target shared by every extractor's fuzz test: extract any bytes and check the contract.
 *
 * <p>An extractor may refuse the bytes only with an {@link ExtractionException}; anything else it
 * throws (a library's runtime exception, an {@link IOException} from a stream that cannot fail, an
 * error) is a finding. A document it returns has every block and table cell within its text. OCR is
 * off and the limits are small, so one input takes milliseconds.
 */
public final class ExtractorFuzzing {

  /** Small limits: 20 pages, 2 million characters, 10 seconds. OCR off. */
  public static final ExtractContext CONTEXT =
      ExtractContext.DEFAULT
          .withOcr(OcrMode.OFF)
          .withLimits(
              ExtractLimits.DEFAULT
                  .withMaxPages(20)
                  .withMaxChars(2_000_000)
                  .withTimeout(Duration.ofSeconds(10)))
          .withSourceName("fuzz");

  private ExtractorFuzzing() {}

  /**
   * Runs {@code extractor} on {@code input}.
   *
   * @throws AssertionError when the extractor breaks its contract, with what it threw as the cause
   */
  public static void run(Extractor extractor, byte[] input) {
    ExtractedDocument doc;
    try {
      doc = extractor.extract(new ByteArrayInputStream(input), CONTEXT);
    } catch (ExtractionException e) {
      return;
    } catch (IOException e) {
      throw new AssertionError("IOException escaped from an in-memory stream: " + e, e);
    }
    check(doc);
  }

  private static void check(ExtractedDocument doc) {
    int length = doc.text().length();
    for (Block b : doc.blocks()) {
      within(b.span(), length, "block");
      for (List<TextSpan> row : b.rows()) {
        row.forEach(cell -> within(cell, length, "table cell"));
      }
    }
  }

  private static void within(TextSpan span, int length, String what) {
    if (span.end() > length) {
      throw new AssertionError(what + " " + span + " ends past the text of " + length);
    }
  }
}
