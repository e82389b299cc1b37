package io.github.vanban.extract.pdf;

import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.HeadSniffer;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.extract.layout.DocumentLayout;
import io.github.vanban.extract.layout.Glyph;
import io.github.vanban.extract.ocr.OcrEngine;
import io.github.vanban.extract.ocr.OcrText;
import io.github.vanban.extract.ocr.TesseractOcr;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads PDF files with PDFBox: the text in the order a person reads it (two-column headers and
 * signature blocks column by column, soft line wraps joined into paragraphs, running headers,
 * footers and page numbers dropped), headings, list items, ruled tables and footnotes as blocks,
 * legacy TCVN3/VNI fonts decoded, and scanned pages read by OCR.
 *
 * <p>Steps: load within the limits, check encryption, read the metadata, apply the page limit, read
 * the pages' text layers, OCR the pages that need it, lay out and write the blocks.
 *
 * <ul>
 *   <li>A user password gives {@code ENCRYPTED}; a document with only an owner password (copy
 *       restrictions) is read, with a warning.
 *   <li>A damaged file gives {@code CORRUPT} unless PDFBox's lenient parser recovers it; then what
 *       it recovers is read, with a warning, and pages that fail are skipped with a warning each.
 *   <li>Over {@code maxPages}, only the first {@code maxPages} pages are read, with a warning (the
 *       beginning of a long document, where its header and references are, is worth more than
 *       nothing).
 *   <li>A page with no usable text layer (a scan, a scan with only a signature stamp's text,
 *       garbage text, or text in fonts that map their characters to no Unicode text) is rendered
 *       and read by OCR unless OCR is {@link OcrMode#OFF} or the engine is missing; each such page
 *       gets a warning. With no text at all, {@code NO_TEXT}, its message naming fonts with no
 *       usable Unicode map when they are the cause.
 *   <li>Text no reader sees is left out, with a warning counting its characters: text outside the
 *       crop box, invisible text not over an image, white text on no background ({@link
 *       TextVisibility}). Invisible text over an image, a searchable scan's OCR layer, is read.
 *   <li>Form field values and free-text annotations follow the pages' text ({@link PdfFieldText}).
 * </ul>
 *
 * <p>Immutable and thread-safe: every call opens its own document and OCR pool.
 */
public final class PdfExtractor extends FormatExtractor {

  /**
   * PDF: {@code %PDF-} at the start, or within the first kilobyte after bytes that are not text
   * (PDF readers accept junk before the header), never in the middle of a text that mentions it.
   */
  private static final FileFormat FORMAT =
      new FileFormat(
          "pdf", "application/pdf", List.of("pdf"), FileFormat.LOOSE_MAGIC, PdfExtractor::isPdf);

  /** Threads recognising pages in parallel by default. */
  public static final int DEFAULT_OCR_THREADS = 2;

  private final OcrEngine ocr;
  private final int ocrThreads;

  /** Creates an extractor with Tesseract as OCR engine on {@link #DEFAULT_OCR_THREADS} threads. */
  public PdfExtractor() {
    this(TesseractOcr.standard(), DEFAULT_OCR_THREADS);
  }

  /**
   * Creates an extractor with another OCR engine.
   *
   * @param ocr the engine for scanned pages
   * @param ocrThreads how many pages are recognised at once, at least 1
   * @throws IllegalArgumentException when {@code ocrThreads} is below 1
   */
  public PdfExtractor(OcrEngine ocr, int ocrThreads) {
    super(FORMAT);
    this.ocr = Objects.requireNonNull(ocr, "ocr");
    if (ocrThreads < 1) {
      throw new IllegalArgumentException("ocrThreads must be at least 1: " + ocrThreads);
    }
    this.ocrThreads = ocrThreads;
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    Deadline deadline = Deadline.after(context.limits().timeout());
    DocumentBuilder out = new DocumentBuilder(context.limits().maxChars());
    PdfLoader.Loaded loaded = PdfLoader.load(in, context.limits());
    try (PDDocument document = loaded.document()) {
      if (loaded.truncated()) {
        out.warn(
            "the file looks truncated (no end-of-file marker); text was recovered as far as"
                + " possible");
      }
      checkEncrypted(document, out);
      DocumentMetadata metadata = PdfMetadataReader.read(document);
      int pages = pageLimit(metadata.pages(), context, out);
      List<PdfPage> read = readPages(document, pages, deadline, out);
      Map<Integer, OcrNeed> needs = ocrNeeds(read);
      Map<Integer, OcrText> ocrText = ocrPages(document, needs, context, deadline, out);
      warnLegacyFonts(read, ocrText, out);
      LeftOutWarnings.write(read, ocrText.keySet(), out);
      DocumentLayout.write(read.stream().map(PdfPage::layout).toList(), ocrText, out);
      PdfFieldText.write(document, pages, out);
      if (out.length() == 0) {
        throw new ExtractionException(Reason.NO_TEXT, noTextMessage(context, needs));
      }
      return out.build(metadata);
    }
  }

  private static void checkEncrypted(PDDocument document, DocumentBuilder out) {
    if (document.isEncrypted()) {
      out.warn(
          "the PDF is encrypted with an owner password; its copy restrictions were ignored"
              + " to read the text");
    }
  }

  private static int pageLimit(int pages, ExtractContext context, DocumentBuilder out) {
    int max = context.limits().maxPages();
    if (pages > max) {
      out.warn("the document has " + pages + " pages; only the first " + max + " were read");
      return max;
    }
    return pages;
  }

  private static List<PdfPage> readPages(
      PDDocument document, int pages, Deadline deadline, DocumentBuilder out)
      throws ExtractionException, IOException {
    PageReader reader = new PageReader(document, deadline);
    List<PdfPage> read = new ArrayList<>(pages);
    String tooCostly = null;
    for (int n = 1; n <= pages; n++) {
      deadline.check();
      try {
        read.add(reader.read(n));
      } catch (PageBudget.PageCostException e) {
        if (e.reason() == Reason.TIMEOUT) {
          throw new ExtractionException(Reason.TIMEOUT, e.getMessage(), e);
        }
        tooCostly = "page " + n + ": not read: " + e.getMessage();
        out.warn(tooCostly);
      } catch (IOException | RuntimeException e) {
        out.warn("page " + n + ": could not be read: " + describe(e));
      }
    }
    if (tooCostly != null && read.stream().allMatch(p -> p.lines().isEmpty())) {
      throw new ExtractionException(Reason.TOO_LARGE, tooCostly);
    }
    return read;
  }

  /** The pages whose text layer cannot be used, by page number, with why. */
  private static Map<Integer, OcrNeed> ocrNeeds(List<PdfPage> pages) {
    Map<Integer, OcrNeed> needs = new LinkedHashMap<>();
    for (PdfPage page : pages) {
      OcrNeed need = OcrNeed.of(page);
      if (need != OcrNeed.NONE) {
        needs.put(page.number(), need);
      }
    }
    return needs;
  }

  private Map<Integer, OcrText> ocrPages(
      PDDocument document,
      Map<Integer, OcrNeed> needs,
      ExtractContext context,
      Deadline deadline,
      DocumentBuilder out)
      throws ExtractionException {
    if (needs.isEmpty()) {
      return Map.of();
    }
    if (context.ocr() == OcrMode.OFF || !ocr.available()) {
      warnNotRead(needs, context, out);
      return Map.of();
    }
    List<String> warnings = new ArrayList<>();
    Map<Integer, OcrText> texts =
        new PageOcr(ocr, ocrThreads)
            .read(document, List.copyOf(needs.keySet()), deadline, warnings);
    needs.forEach(
        (page, need) -> {
          if (texts.containsKey(page)) {
            out.warn("page " + page + ": " + need.reason() + ", OCR used");
          }
        });
    warnings.forEach(out::warn);
    return texts;
  }

  private void warnNotRead(
      Map<Integer, OcrNeed> needs, ExtractContext context, DocumentBuilder out) {
    String why =
        context.ocr() == OcrMode.OFF
            ? "OCR is off"
            : "OCR is unavailable: " + ocr.unavailableReason();
    Map<OcrNeed, List<Integer>> byNeed = new LinkedHashMap<>();
    needs.forEach((page, need) -> byNeed.computeIfAbsent(need, k -> new ArrayList<>()).add(page));
    byNeed.forEach(
        (need, pages) ->
            out.warn(
                (pages.size() == 1 ? "page " : "pages ")
                    + pages.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ": "
                    + need.reason()
                    + (need.keepsText() ? ", text kept as it is; " : ", not read; ")
                    + why));
  }

  private static void warnLegacyFonts(
      List<PdfPage> pages, Map<Integer, OcrText> ocrText, DocumentBuilder out) {
    boolean legacy =
        pages.stream()
            .filter(p -> !ocrText.containsKey(p.number()))
            .flatMap(p -> p.lines().stream())
            .flatMap(l -> l.chunks().stream())
            .flatMap(c -> c.glyphs().stream())
            .anyMatch(Glyph::legacy);
    if (legacy) {
      out.warn("text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode");
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private String noTextMessage(ExtractContext context, Map<Integer, OcrNeed> needs) {
    String layer =
        needs.containsValue(OcrNeed.UNMAPPED)
            ? "the PDF's text is in fonts with no usable Unicode map (ToUnicode), so its"
                + " characters cannot be read as text,"
            : "the PDF has no text layer";
    if (context.ocr() == OcrMode.OFF) {
      return layer + " and OCR is off";
    }
    return ocr.available()
        ? "the PDF holds no readable text"
        : layer + " and OCR is unavailable: " + ocr.unavailableReason();
  }

  private static boolean isPdf(byte[] head) {
    String ascii = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
    int at = ascii.indexOf("%PDF-");
    return at == 0 || at > 0 && !HeadSniffer.looksLikeText(Arrays.copyOf(head, at));
  }
}
