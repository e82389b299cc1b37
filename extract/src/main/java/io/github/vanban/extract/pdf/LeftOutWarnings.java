package io.github.vanban.extract.pdf;

import io.github.vanban.extract.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Writes one warning per kind of text left out of the pages read from their text layer ({@link
 * LeftOutGlyphs}), with the number of characters and the pages: {@code "12 characters of invisible
 * text (render mode 3) not over an image were left out (page 1)"}. Characters in fonts without a
 * usable Unicode map are warned about by the OCR step. Stateless and thread-safe.
 */
final class LeftOutWarnings {

  private LeftOutWarnings() {}

  /**
   * Warns about the text left out of {@code pages}, except those read by OCR.
   *
   * @param ocrPages numbers of the pages whose text came from OCR instead
   */
  static void write(List<PdfPage> pages, Set<Integer> ocrPages, DocumentBuilder out) {
    List<PdfPage> read = pages.stream().filter(p -> !ocrPages.contains(p.number())).toList();
    warn(read, LeftOutGlyphs::offPage, "drawn outside the page's crop box", out);
    warn(
        read, LeftOutGlyphs::invisible, "of invisible text (render mode 3) not over an image", out);
    warn(read, LeftOutGlyphs::white, "of white text on no background", out);
  }

  private static void warn(
      List<PdfPage> pages, ToIntFunction<LeftOutGlyphs> count, String what, DocumentBuilder out) {
    int total = 0;
    List<Integer> where = new ArrayList<>();
    for (PdfPage page : pages) {
      int n = count.applyAsInt(page.leftOut());
      if (n > 0) {
        total += n;
        where.add(page.number());
      }
    }
    if (total > 0) {
      out.warn(
          total
              + (total == 1 ? " character " : " characters ")
              + what
              + (total == 1 ? " was" : " were")
              + " left out ("
              + (where.size() == 1 ? "page " : "pages ")
              + where.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ")");
    }
  }
}
