package io.github.vanban.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The baseline: plain text of a file through Apache Tika's AutoDetectParser with its default
 * configuration, OCR switched off (vanban's own OCR is timed separately). Thread-safe, like the
 * parser.
 */
public final class TikaText {

  private final AutoDetectParser parser = new AutoDetectParser();

  /**
   * Returns the text Tika extracts from {@code file}.
   *
   * @throws IOException when Tika fails on the file (the bench records it as a failure)
   */
  public String extract(Path file) throws IOException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), withoutOcr());
    } catch (TikaException | SAXException e) {
      throw new IOException("Tika failed on " + file.getFileName() + ": " + e.getMessage(), e);
    }
    return handler.toString();
  }

  /**
   * Returns the seconds Tika takes to extract every file of {@code files} on {@code threads}
   * threads; a file Tika fails on counts with the time it took to fail.
   */
  public static double timeParallel(List<Path> files, int threads) throws Exception {
    TikaText tika = new TikaText();
    AtomicInteger next = new AtomicInteger();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    Workers.run(threads, () -> extractAll(tika, files, next, chars));
    return (System.nanoTime() - start) / 1e9;
  }

  private static void extractAll(
      TikaText tika, List<Path> files, AtomicInteger next, AtomicLong chars) {
    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
      try {
        chars.addAndGet(tika.extract(files.get(i)).length());
      } catch (IOException | RuntimeException e) {
        chars.addAndGet(0);
      }
    }
  }

  private static ParseContext withoutOcr() {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, ocr);
    return context;
  }
}
