package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.TextSpan;
import org.junit.jupiter.api.Test;

class FigureParserTest {

  private final FigureParser parser = new FigureParser(UnitLexicon.bundled());

  @Test
  void readsTheFigureAtAGivenNumber() {
    String s = "tăng 12,7% so với giai đoạn trước";
    Figure f = parser.parseAt(s, 5);
    assertEquals(new TextSpan(5, 10), f.span());
    assertEquals(FigureKind.PERCENT, f.kind());
  }

  @Test
  void prefersSpaceGroupedThousandsWhenAUnitFollows() {
    Figure f = parser.parseAt("thu 28 000 tỷ đồng", 4);
    assertEquals(2.8e13, f.value());
    assertEquals("28 000 tỷ đồng", f.text());
  }

  @Test
  void readsFromToRangesOnlyAfterTu() {
    Figure f = parser.parseAt("từ 3 đến 5% mỗi năm", 3);
    assertEquals(3, f.value());
    assertEquals(5.0, f.max());
    assertEquals("từ 3 đến 5%", f.text());
    assertNull(parser.parseAt("3 đến 5%", 0));
  }

  @Test
  void keepsTyLeOutOfTheScale() {
    assertNull(parser.parseAt("năm 2024 tỷ lệ đạt", 4));
  }

  @Test
  void readsNothingWithoutAUnit() {
    assertNull(parser.parseAt("chỉ số ICOR 6,09 năm 2020", 12));
    assertNull(parser.parseAt("5 thật", 0));
  }

  @Test
  void needsASpaceBeforeACountNoun() {
    assertNull(parser.parseAt("5xã", 0));
    assertEquals("km", parser.parseAt("80,2Km đường", 0).unit());
  }
}
