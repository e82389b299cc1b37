package io.github.vanban.extract.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads the raw runs of a Word 97 document (POI HWPF) or a PDF (PDFBox) with their font names and
 * passes each run through a function of (text, font name), as the office and PDF extractors do.
 * Test support only: no tables, headers or layout.
 */
final class LegacyRuns {

  /** Decodes a run by its font, as an extractor with font information does. */
  static final BiFunction<String, String, String> BY_FONT =
      (text, font) ->
          LegacyEncodings.forFont(font)
              .map(e -> LegacyEncodings.decode(text, e, LegacyEncodings.isUpperCaseFont(font)))
              .orElse(text);

  /** Keeps a run as it is. */
  static final BiFunction<String, String, String> RAW = (text, font) -> text;

  private LegacyRuns() {}

  /**
   * Returns the text of a .doc file, each stretch of consecutive runs in one font passed through
   * {@code runs} (Word splits runs inside a VNI letter).
   */
  static String doc(Path file, BiFunction<String, String, String> runs) throws IOException {
    StringBuilder out = new StringBuilder();
    StringBuilder stretch = new StringBuilder();
    String font = null;
    try (InputStream in = Files.newInputStream(file);
        HWPFDocument doc = new HWPFDocument(in)) {
      Range range = doc.getRange();
      for (int p = 0; p < range.numParagraphs(); p++) {
        Paragraph paragraph = range.getParagraph(p);
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
          CharacterRun run = paragraph.getCharacterRun(r);
          if (font != null && !font.equals(run.getFontName())) {
            out.append(runs.apply(stretch.toString(), font));
            stretch.setLength(0);
          }
          font = run.getFontName();
          stretch.append(run.text());
        }
      }
    }
    if (font != null) {
      out.append(runs.apply(stretch.toString(), font));
    }
    return withoutWordControls(out.toString());
  }

  /** Returns the text of a PDF, each run of glyphs in one font passed through {@code runs}. */
  static String pdf(Path file, BiFunction<String, String, String> runs) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new FontRunStripper(runs);
      return stripper.getText(pdf);
    }
  }

  /** Drops field instructions and turns Word's cell, line and page marks into line breaks. */
  private static String withoutWordControls(String text) {
    String noFields =
        text.replaceAll("\u0013[^\u0013\u0014\u0015]*\u0014?", "").replace("\u0015", "");
    return noFields
        .replaceAll("[\r\u0007\u000B\f]", "\n")
        .replaceAll("[\u0000-\u0008\u000E-\u001F]", "");
  }

  private static final class FontRunStripper extends PDFTextStripper {
    private final BiFunction<String, String, String> runs;

    FontRunStripper(BiFunction<String, String, String> runs) {
      this.runs = runs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      StringBuilder out = new StringBuilder();
      StringBuilder run = new StringBuilder();
      String font = null;
      for (TextPosition position : positions) {
        String name = position.getFont().getName();
        if (font != null && !font.equals(name)) {
          out.append(runs.apply(run.toString(), font));
          run.setLength(0);
        }
        font = name;
        run.append(position.getUnicode());
      }
      if (font != null) {
        out.append(runs.apply(run.toString(), font));
      }
      writeString(out.toString());
    }
  }
}
