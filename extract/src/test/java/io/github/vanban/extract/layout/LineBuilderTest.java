package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineBuilder} fed with word boxes, as an OCR engine reports them, rather than PDF glyphs:
 * the layout needs positions only.
 */
class LineBuilderTest {

  /**
   * A word box of a 12-point line: an OCR engine's left and width, its box's bottom as baseline.
   */
  private static Glyph word(String text, float x, float width, float baseline) {
    return new Glyph(text, x, baseline, width, 12, "", false, 0, false, text.isBlank());
  }

  @Test
  void wordBoxesBecomeLinesTopToBottomAndAGutterSplitsTheHeader() {
    List<TextLine> lines =
        LineBuilder.build(
            1,
            List.of(
                word("Số:", 10, 20, 100),
                word("12/UBND-VP", 34, 60, 100.5f),
                word("UBND", 10, 30, 50),
                word("TỈNH", 44, 30, 50),
                word("CỘNG", 300, 36, 50),
                word("HÒA", 340, 28, 50)));
    assertEquals(2, lines.size());
    assertEquals(
        List.of("UBND TỈNH", "CỘNG HÒA"), lines.get(0).chunks().stream().map(Chunk::text).toList());
    assertEquals("Số: 12/UBND-VP", lines.get(1).text());
    assertEquals(1, lines.get(1).page());
  }

  @Test
  void noWordIsNoLine() {
    assertEquals(List.of(), LineBuilder.build(1, List.of()));
  }
}
