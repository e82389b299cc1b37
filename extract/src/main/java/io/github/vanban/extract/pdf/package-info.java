/**
 * PDF extraction with PDFBox: {@link io.github.vanban.extract.pdf.PdfExtractor} reads the text
 * layer glyph by glyph, decodes legacy Vietnamese fonts, hands scanned pages to OCR and has the
 * format-neutral {@link io.github.vanban.extract.layout} package rebuild lines, columns,
 * paragraphs, headings, ruled tables and footnotes in the order a person reads them.
 *
 * <p>Only {@code PdfExtractor} is public; the steps are package-private and each is a small
 * stateless class: {@code PageReader} (glyphs and graphics of a page into a {@code PdfPage}, {@code
 * TextVisibility} for hidden text), {@code OcrNeed}/{@code PageOcr} (which pages OCR reads, and
 * reading them), {@code PdfFieldText} (form fields and annotations). {@code PdfPage.layout()}
 * adapts a page to the layout's {@link io.github.vanban.extract.layout.LayoutPage}.
 */
package io.github.vanban.extract.pdf;
