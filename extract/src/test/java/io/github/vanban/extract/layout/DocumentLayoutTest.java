package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ocr.OcrText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentLayout} run on pages made of word boxes, with no PDF behind them: the page type of
 * the layout carries all it needs.
 */
class DocumentLayoutTest {

  private static final float HEIGHT = 842;

  /** A 12-point line of word boxes, six points a character and four between words. */
  private static TextLine line(int page, String text, float x, float baseline) {
    List<Glyph> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      float width = 6 * word.length();
      words.add(new Glyph(word, x, baseline, width, 12, "", false, 0, false, word.isBlank()));
      x += width + 4;
    }
    return LineBuilder.build(page, words).get(0);
  }

  private static LayoutPage page(int number, TextLine... lines) {
    return new LayoutPage(number, 595, HEIGHT, List.of(lines), List.of());
  }

  private static ExtractedDocument layOut(List<LayoutPage> pages, Map<Integer, OcrText> ocr) {
    DocumentBuilder out = new DocumentBuilder(100_000);
    DocumentLayout.write(pages, ocr, out);
    return out.build(DocumentMetadata.ofFormat("test"));
  }

  @Test
  void pageNumbersAreDroppedAndASoftWrapIsJoined() {
    ExtractedDocument document =
        layOut(
            List.of(
                page(
                    1,
                    line(
                        1,
                        "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai các nhiệm vụ",
                        60,
                        100),
                    line(1, "trọng tâm năm 2024.", 60, 116),
                    line(1, "1", 290, 820)),
                page(2, line(2, "Điều 2. Hiệu lực thi hành", 60, 100), line(2, "- 2 -", 280, 820))),
            Map.of());
    assertEquals(
        "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai các nhiệm vụ trọng tâm năm 2024.\n"
            + "Điều 2. Hiệu lực thi hành",
        document.text());
    assertEquals(
        List.of(BlockType.PARAGRAPH, BlockType.LIST_ITEM),
        document.blocks().stream().map(b -> b.type()).toList());
    assertEquals(List.of(1, 2), document.blocks().stream().map(b -> b.page()).toList());
  }

  @Test
  void anOcrPageTakesThePlaceOfItsLines() {
    ExtractedDocument document =
        layOut(
            List.of(
                page(1, line(1, "Điều 1. Phạm vi điều chỉnh", 60, 100)),
                page(2, line(2, "ĐIỀU ~~ 2 ~~ hỏng", 60, 100))),
            Map.of(2, OcrText.certain("Điều 2. Đối tượng áp dụng")));
    assertEquals("Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng", document.text());
    assertEquals(2, document.blocks().get(1).page());
  }

  @Test
  void noPageIsNoBlock() {
    assertEquals(List.of(), layOut(List.of(), Map.of()).blocks());
  }
}
