package io.github.vanban.extract.pdf;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link PdfExtractorTempFilesTest} runs with its own {@code java.io.tmpdir}: writes a
 * scanned PDF, then extracts it (real OCR) and the other files named in {@code args[1..]} with the
 * standard registry, and writes each outcome to {@code args[0]}, one line per file.
 */
public final class TempFilesChild {

  private TempFilesChild() {}

  /** Args: the outcome file, then the files to extract besides the scanned PDF. */
  public static void main(String[] args) throws Exception {
    Path scanned = Path.of(args[0] + ".scan.pdf");
    PdfFixture pdf = new PdfFixture().page();
    pdf.text(60, 80, 12, "Trang có chữ.");
    pdf.page().scan();
    Files.write(scanned, pdf.bytes());
    List<String> outcomes = new ArrayList<>();
    outcomes.add(outcome(scanned));
    for (int i = 1; i < args.length; i++) {
      outcomes.add(outcome(Path.of(args[i])));
    }
    Files.delete(scanned);
    Files.write(Path.of(args[0]), outcomes);
  }

  private static String outcome(Path file) {
    try {
      ExtractedDocument doc = Extractors.standard().extract(file, ExtractContext.DEFAULT);
      return file.getFileName() + ": " + doc.warnings();
    } catch (ExtractionException e) {
      return file.getFileName() + ": " + e.reason();
    }
  }
}
