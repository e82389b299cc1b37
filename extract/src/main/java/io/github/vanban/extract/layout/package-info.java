/**
 * Format-neutral layout, with no PDF library: positioned characters or words ({@link
 * io.github.vanban.extract.layout.Glyph}) grouped into chunks and lines ({@link
 * io.github.vanban.extract.layout.LineBuilder}, {@link
 * io.github.vanban.extract.layout.ChunkAssembler}), and ruled tables found among rules ({@link
 * io.github.vanban.extract.layout.RuledTableFinder}) and filled with the lines inside them ({@link
 * io.github.vanban.extract.layout.TableFiller}). Coordinates are in points from the top-left corner
 * of the page. The PDF extractor feeds it what PDFBox draws; any other source of positioned text
 * (OCR word boxes) can feed it too. Stateless and thread-safe.
 */
package io.github.vanban.extract.layout;
