package io.github.vanban.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkAssemblerTest {

  private static Glyph glyph(String text, float x, float baseline, float size, String font) {
    return new Glyph(text, x, baseline, 0.5f * size, size, font, false, 0, false, text.isBlank());
  }

  private static List<Glyph> word(String text, float x, float size) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      glyphs.add(glyph(text.substring(i, i + 1), x + i * 0.5f * size, 100, size, "Times"));
    }
    return glyphs;
  }

  @Test
  void gapsBecomeSingleSpaces() {
    List<Glyph> glyphs = new ArrayList<>(word("Số:", 10, 12));
    glyphs.addAll(word("205", 40, 12));
    assertEquals("Số: 205", ChunkAssembler.assemble(glyphs).text());
  }

  @Test
  void spaceGlyphOverALetterIsNoWordBreak() {
    List<Glyph> glyphs = new ArrayList<>(word("2020", 10, 12));
    glyphs.add(2, glyph(" ", 19, 100, 12, "Times"));
    assertEquals("2020", ChunkAssembler.assemble(glyphs).text());
  }

  @Test
  void raisedSmallDigitIsSuperscript() {
    List<Glyph> glyphs = new ArrayList<>(word("phủ", 10, 14));
    glyphs.add(glyph("1", 31, 95, 8, "Times"));
    assertEquals("phủ¹", ChunkAssembler.assemble(glyphs, 100, 14).text());
  }

  @Test
  void legacyTcvn3RunIsDecoded() {
    List<Glyph> glyphs = new ArrayList<>();
    String raw = "B\u00b8o c\u00b8o";
    for (int i = 0; i < raw.length(); i++) {
      String text = raw.substring(i, i + 1);
      glyphs.add(
          new Glyph(text, 10 + i * 6, 100, 6, 12, ".VnTime", false, 0, true, text.isBlank()));
    }
    assertEquals("Báo cáo", ChunkAssembler.assemble(glyphs).text());
  }

  @Test
  void lookAlikeLettersAreRepaired() {
    assertEquals("nước Ưu", ChunkAssembler.repair("nƣớc Ƣu"));
  }

  @Test
  void noGlyphsGiveEmptyText() {
    assertEquals("", ChunkAssembler.assemble(List.of()).text());
  }
}
