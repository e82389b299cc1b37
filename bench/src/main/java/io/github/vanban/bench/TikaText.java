package io.github.vanban.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The baseline: plain text of a file through Apache Tika's AutoDetectParser with its default
 * configuration, OCR switched off (vanban's own OCR is timed separately).
 */
final class TikaText {

  private final AutoDetectParser parser = new AutoDetectParser();

  /**
   * Returns the text Tika extracts from {@code file}.
   *
   * @throws IOException when Tika fails on the file (the bench records it as a failure)
   */
  String extract(Path file) throws IOException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), withoutOcr());
    } catch (TikaException | SAXException e) {
      throw new IOException("Tika failed on " + file.getFileName() + ": " + e.getMessage(), e);
    }
    return handler.toString();
  }

  private static ParseContext withoutOcr() {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }
}
