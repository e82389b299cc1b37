package io.github.vanban.extract.layout;

import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ocr.OcrText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text strategy for a whole document: drops page furniture, lays out every page, puts the OCR
 * text of scanned pages in their place, measures the text column and writes the blocks.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentLayout {

  private DocumentLayout() {}

  /**
   * Writes the document's blocks.
   *
   * @param pages the pages read from the text layer, in order
   * @param ocr OCR text of the pages read that way, with its uncertain words, by page number; those
   *     pages' text layers are ignored
   * @param out receives the blocks, in reading order
   */
  public static void write(List<LayoutPage> pages, Map<Integer, OcrText> ocr, DocumentBuilder out) {
    List<LayoutPage> textPages = pages.stream().filter(p -> !ocr.containsKey(p.number())).toList();
    List<LayoutPage> clean = FurnitureFilter.filter(textPages);
    float bodySize = bodySize(clean);
    Map<Integer, List<LayoutItem>> byPage = new HashMap<>();
    int column = 0;
    for (LayoutPage page : clean) {
      List<LayoutItem> items = PageLayout.items(page, bodySize, column);
      column += 1000;
      byPage.put(page.number(), items);
    }
    ocr.forEach((page, text) -> byPage.put(page, List.of(new LayoutItem.Ocr(page, text))));
    List<LayoutItem> all = new ArrayList<>();
    List<TextLine> flow = new ArrayList<>();
    byPage.keySet().stream()
        .sorted()
        .forEach(
            page ->
                byPage
                    .get(page)
                    .forEach(
                        item -> {
                          all.add(item);
                          if (item instanceof LayoutItem.Flow f) {
                            flow.add(f.line());
                          }
                        }));
    ParagraphAssembler assembler =
        new ParagraphAssembler(out, new LineJoiner(PageMetrics.measure(flow, bodySize)));
    all.forEach(assembler::accept);
    assembler.finish();
  }

  /** Returns the font size that most visible characters are set in. */
  private static float bodySize(List<LayoutPage> pages) {
    Map<Integer, Integer> chars = new HashMap<>();
    for (LayoutPage page : pages) {
      for (TextLine line : page.lines()) {
        chars.merge(Math.round(line.size() * 2), line.text().length(), Integer::sum);
      }
    }
    return chars.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> e.getKey() / 2f)
        .orElse(12f);
  }
}
