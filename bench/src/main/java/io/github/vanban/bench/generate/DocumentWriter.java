package io.github.vanban.bench.generate;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a generated document in one file format. Implementations are thread-safe. */
interface DocumentWriter {

  /**
   * Writes {@code doc} to {@code out}, which the caller closes.
   *
   * @throws IOException when writing fails
   */
  void write(GeneratedDocument doc, OutputStream out) throws IOException;

  /** Returns the writer of {@code format}. */
  static DocumentWriter of(OutputFormat format) {
    return switch (format) {
      case TXT -> new TextWriter(false);
      case MD -> new TextWriter(true);
      case HTML -> new HtmlWriter();
      case DOCX -> new DocxWriter();
      case PDF -> new PdfWriter();
    };
  }
}
