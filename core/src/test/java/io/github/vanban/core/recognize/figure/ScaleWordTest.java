package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleWordTest {

  @ParameterizedTest
  @CsvSource({"nghìn,1e3", "ngàn,1e3", "triệu,1e6", "tỷ,1e9", "tỉ,1e9", "Tỷ,1e9", "TRIỆU,1e6"})
  void readsEachSpelling(String word, double multiplier) {
    ScaleWord w = ScaleWord.at("5 " + word + " đồng", 2);
    assertEquals(multiplier, w.multiplier());
    assertEquals(word.length(), w.lengthAt("5 " + word + " đồng", 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tỷlệ", "nghình", "vạn", "", "triệ"})
  void needsAWholeWord(String text) {
    assertNull(ScaleWord.at(text, 0));
  }
}
