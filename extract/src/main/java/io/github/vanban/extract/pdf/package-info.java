/**
 * PDF extraction with PDFBox: {@link io.github.vanban.extract.pdf.PdfExtractor} reads the text
 * layer glyph by glyph, rebuilds lines, columns, paragraphs, headings, ruled tables and footnotes
 * in the order a person reads them, decodes legacy Vietnamese fonts and hands scanned pages to OCR.
 *
 * <p>Only {@code PdfExtractor} is public; the steps are package-private and each is a small
 * stateless class: {@code PageReader} (glyphs and graphics of a page, {@code TextVisibility} for
 * hidden text), {@code FurnitureFilter}, {@code FootnoteFinder}, {@code ColumnRegions}, {@code
 * LineJoiner}/{@code ParagraphAssembler}, {@code OcrNeed}/{@code PageOcr}, {@code PdfFieldText}
 * (form fields and annotations). Lines and ruled tables are built by the format-neutral {@link
 * io.github.vanban.extract.layout} package ({@code LineBuilder}, {@code RuledTableFinder}/{@code
 * TableFiller}), which imports nothing of PDFBox.
 */
package io.github.vanban.extract.pdf;
