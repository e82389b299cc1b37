package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitPhraseTest {

  private final UnitLexicon units = UnitLexicon.bundled();

  @ParameterizedTest
  @CsvSource({
    "%,1,%",
    "tỷ đồng,1e9,VND",
    "nghìn tỷ đồng,1e12,VND",
    "triệu USD,1e6,USD",
    "nghìn lượt,1e3,lượt",
    "Tấn,1,tấn"
  })
  void readsAUnitWithScaleWords(String phrase, double multiplier, String canonical) {
    UnitPhrase p = UnitPhrase.parse(phrase, units);
    assertEquals(multiplier, p.multiplier());
    assertEquals(canonical, p.unit().canonical());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sở Tư pháp", "tỷ đồng nữa", "12"})
  void rejectsWhatIsNotExactlyAUnit(String phrase) {
    assertNull(UnitPhrase.parse(phrase, units));
  }

  @Test
  void takesShortNamesAsCountNounsOnlyWhenLenient() {
    assertEquals("văn bản", UnitPhrase.parseCell("Văn bản", units, false).unit().canonical());
    assertEquals("thủ tục", UnitPhrase.parseCell("Thủ tục", units, true).unit().canonical());
    assertNull(UnitPhrase.parseCell("Sở Tư pháp", units, false));
    assertNull(UnitPhrase.parseCell("Ghi chú số 12", units, true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tỷ lệ (%)             | %
          Thu NSNN (tỷ đồng)    | VND
          NS xã (%)             | %
          Tỷ lệ %               | %
          """)
  void readsTheUnitAColumnHeaderNames(String header, String canonical) {
    assertEquals(canonical, UnitPhrase.ofHeader(header, units).unit().canonical());
  }

  @Test
  void findsNoUnitInAPlainHeader() {
    assertNull(UnitPhrase.ofHeader("Điểm đạt được", units));
    assertNull(UnitPhrase.ofHeader("Ghi chú (nếu có)", units));
  }
}
