/**
 * Format-neutral layout, with no PDF library: a page ({@link
 * io.github.vanban.extract.layout.LayoutPage}: size, positioned lines, rulings) laid out into the
 * blocks of a document in reading order by {@link io.github.vanban.extract.layout.DocumentLayout}.
 *
 * <p>The steps, each a small class: positioned characters or words ({@link
 * io.github.vanban.extract.layout.Glyph}) grouped into chunks and lines ({@link
 * io.github.vanban.extract.layout.LineBuilder}, {@link
 * io.github.vanban.extract.layout.ChunkAssembler}); running headers, footers and page numbers
 * dropped ({@link io.github.vanban.extract.layout.FurnitureFilter}); ruled tables found among rules
 * ({@link io.github.vanban.extract.layout.RuledTableFinder}) and filled with the lines inside them
 * ({@link io.github.vanban.extract.layout.TableFiller}); footnotes split off ({@link
 * io.github.vanban.extract.layout.FootnoteFinder}); two-column regions put column by column ({@link
 * io.github.vanban.extract.layout.ColumnRegions}), all per page in {@link
 * io.github.vanban.extract.layout.PageLayout}; then lines joined into paragraphs, headings and list
 * items ({@link io.github.vanban.extract.layout.ParagraphAssembler}, {@link
 * io.github.vanban.extract.layout.LineJoiner}, {@link
 * io.github.vanban.extract.layout.BlockClassifier}, measured against each page's text column by
 * {@link io.github.vanban.extract.layout.PageMetrics}); the text of pages read by OCR is written by
 * {@link io.github.vanban.extract.layout.OcrParagraphs}.
 *
 * <p>Coordinates are in points from the top-left corner of the page. The PDF extractor feeds it
 * what PDFBox draws; any other source of positioned text (OCR word boxes) can feed it too.
 * Stateless and thread-safe, except {@link io.github.vanban.extract.layout.ParagraphAssembler} (one
 * per document).
 */
package io.github.vanban.extract.layout;
