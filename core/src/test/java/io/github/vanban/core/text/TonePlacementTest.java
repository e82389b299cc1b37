package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TonePlacementTest {

  @ParameterizedTest
  @CsvSource({
    "hoà,hòa",
    "Khánh Hoà,Khánh Hòa",
    "ĐÔ THỊ HOÁ,ĐÔ THỊ HÓA",
    "Uỷ ban,Ủy ban",
    "UỶ BAN,ỦY BAN",
    "thuỷ sản,thủy sản",
    "khoẻ mạnh,khỏe mạnh",
    "tuỳ,tùy",
    "hòa,hòa",
    "hoàn thành,hoàn thành",
    "thuyền,thuyền",
    "quý,quý",
    "Quỹ,Quỹ",
    "QUỸ,QUỸ",
    "hoài,hoài",
    "'',''"
  })
  void rewritesTheOldPlacementToTheNewKeepingCaseAndLength(String text, String modern) {
    assertEquals(modern, TonePlacement.toNew(text));
    assertEquals(text.length(), TonePlacement.toNew(text).length());
  }

  @ParameterizedTest
  @CsvSource({"hòa,hoà", "Ủy ban,Uỷ ban", "HỎA TỐC,HOẢ TỐC", "hoàng,hoàng", "quý,quý"})
  void rewritesTheNewPlacementToTheOld(String text, String old) {
    assertEquals(old, TonePlacement.toOld(text));
  }

  @Test
  void spellingsListsTheNewSpellingFirst() {
    assertEquals(List.of("khóa", "khoá"), TonePlacement.spellings("khoá"));
    assertEquals(List.of("khóa", "khoá"), TonePlacement.spellings("khóa"));
    assertEquals(List.of("khoản"), TonePlacement.spellings("khoản"));
  }

  @Test
  void regexMatchesEitherPlacementAndNothingElse() {
    Pattern p = Pattern.compile(TonePlacement.regex("Ủy ban hòa giải"));
    assertTrue(p.matcher("Ủy ban hòa giải").matches());
    assertTrue(p.matcher("Uỷ ban hoà giải").matches());
    assertTrue(p.matcher("Uỷ ban hòa giải").matches());
    assertFalse(p.matcher("Uy ban hoa giai").matches());
    assertFalse(p.matcher("Ủy bán hòa giải").matches());
  }

  @Test
  void regexQuotesEveryOtherCharacter() {
    Pattern p = Pattern.compile(TonePlacement.regex("(Hoà.) \\E*"));
    assertTrue(p.matcher("(Hòa.) \\E*").matches());
    assertFalse(p.matcher("Hòa").find());
  }

  @Test
  void aTextWithNothingToRewriteComesBackEqual() {
    String text = "Kế hoạch phát triển kinh tế - xã hội năm 2025";
    assertEquals(text, TonePlacement.toNew(text));
    assertSame(text, TonePlacement.toNew(text));
  }
}
