package io.github.vanban.extract.pdf;

import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.ocr.OcrEngine;
import io.github.vanban.extract.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads pages by OCR: renders them one after the other in the calling thread (a PDFBox document is
 * not thread-safe) in grey at {@link #DPI} dpi, and recognises them in parallel on a bounded pool,
 * holding at most one rendered page per thread in waiting. A page whose top has a two-column header
 * ({@link HeaderSplitter}) is read as three images, left column, right column and the rest, so that
 * the header's columns do not interleave.
 *
 * <p>Not thread-safe; the pool lives for one call of {@link #read}.
 */
final class PageOcr {

  /** Rendering resolution: what Tesseract reads best. */
  static final int DPI = 300;

  /** Pages larger than this many pixels at {@link #DPI} are rendered at a lower resolution. */
  static final long MAX_PIXELS = 60_000_000L;

  private final OcrEngine engine;
  private final int threads;

  PageOcr(OcrEngine engine, int threads) {
    this.engine = engine;
    this.threads = threads;
  }

  /**
   * Recognises the given pages.
   *
   * @param pages 1-based page numbers
   * @param warnings receives one warning per page that could not be read
   * @return the text of every page read, by page number, in page order
   * @throws ExtractionException {@code TIMEOUT} when the deadline passes
   */
  Map<Integer, OcrText> read(
      PDDocument document, List<Integer> pages, Deadline deadline, List<String> warnings)
      throws ExtractionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, PageOcr::daemon);
    Semaphore inFlight = new Semaphore(threads * 2);
    Map<Integer, Future<OcrText>> futures = new LinkedHashMap<>();
    try {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page : pages) {
        deadline.check();
        BufferedImage image = render(renderer, document, page, warnings);
        if (image == null) {
          continue;
        }
        acquire(inFlight, deadline);
        futures.put(page, pool.submit(() -> recognize(image, inFlight)));
      }
      return collect(futures, deadline, warnings);
    } finally {
      pool.shutdownNow();
    }
  }

  private OcrText recognize(BufferedImage image, Semaphore inFlight) throws ExtractionException {
    try {
      Optional<HeaderSplitter.Split> split = HeaderSplitter.find(image);
      if (split.isEmpty()) {
        return engine.recognize(image);
      }
      int bottom = split.get().bottom();
      int gutter = split.get().gutter();
      int width = image.getWidth();
      return OcrText.join(
          List.of(
              engine.recognize(image.getSubimage(0, 0, gutter, bottom)),
              engine.recognize(image.getSubimage(gutter, 0, width - gutter, bottom)),
              engine.recognize(image.getSubimage(0, bottom, width, image.getHeight() - bottom))));
    } finally {
      inFlight.release();
    }
  }

  private static BufferedImage render(
      PDFRenderer renderer, PDDocument document, int page, List<String> warnings) {
    try {
      PDRectangle box = document.getPage(page - 1).getCropBox();
      double pixels = box.getWidth() / 72.0 * DPI * (box.getHeight() / 72.0 * DPI);
      float dpi = pixels > MAX_PIXELS ? (float) (DPI * Math.sqrt(MAX_PIXELS / pixels)) : DPI;
      return renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
    } catch (IOException | RuntimeException e) {
      warnings.add("page " + page + ": could not be rendered for OCR: " + e.getMessage());
      return null;
    }
  }

  private static void acquire(Semaphore inFlight, Deadline deadline) throws ExtractionException {
    try {
      if (!inFlight.tryAcquire(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS)) {
        deadline.check();
        throw timeout(deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(Reason.TIMEOUT, "interrupted while waiting for OCR", e);
    }
  }

  private static Map<Integer, OcrText> collect(
      Map<Integer, Future<OcrText>> futures, Deadline deadline, List<String> warnings)
      throws ExtractionException {
    Map<Integer, OcrText> texts = new LinkedHashMap<>();
    for (Map.Entry<Integer, Future<OcrText>> e : futures.entrySet()) {
      try {
        texts.put(
            e.getKey(), e.getValue().get(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS));
      } catch (TimeoutException ex) {
        throw timeout(deadline);
      } catch (ExecutionException ex) {
        Throwable cause = ex.getCause();
        warnings.add("page " + e.getKey() + ": OCR failed: " + cause.getMessage());
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new ExtractionException(Reason.TIMEOUT, "interrupted while waiting for OCR", ex);
      }
    }
    return texts;
  }

  private static ExtractionException timeout(Deadline deadline) {
    return new ExtractionException(
        Reason.TIMEOUT, "OCR took longer than the limit of " + deadline.limit().toSeconds() + " s");
  }

  private static Thread daemon(Runnable task) {
    Thread t = new Thread(task, "vanban-ocr");
    t.setDaemon(true);
    return t;
  }
}
