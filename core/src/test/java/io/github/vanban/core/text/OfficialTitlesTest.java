package io.github.vanban.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTitlesTest {

  private static final Pattern TITLE = Pattern.compile(OfficialTitles.regex());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "TỔNG GIÁM ĐỐC",
        "BÍ THƯ",
        "THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG",
        "CHỦ NHIỆM",
        "ỦY VIÊN",
        "UỶ VIÊN",
        "THƯ KÝ"
      })
  void matchesEveryTitleOfTheListsItReplaced(String title) {
    assertTrue(TITLE.matcher(title).matches(), title);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TỔNG CỘNG", "NƠI NHẬN", "PHÓ", "CHỦ", "Chủ tịch"})
  void matchesNoOtherLine(String line) {
    assertFalse(TITLE.matcher(line).matches(), line);
  }

  @Test
  void theLongestTitleWins() {
    var m = TITLE.matcher("TỔNG GIÁM ĐỐC");
    assertTrue(m.lookingAt());
    assertEquals("TỔNG GIÁM ĐỐC".length(), m.end());
  }

  @Test
  void listsEachTitleOnceInUpperCase() {
    assertEquals(OfficialTitles.titles().size(), new HashSet<>(OfficialTitles.titles()).size());
    OfficialTitles.titles().forEach(t -> assertEquals(t.toUpperCase(java.util.Locale.ROOT), t, t));
  }
}
