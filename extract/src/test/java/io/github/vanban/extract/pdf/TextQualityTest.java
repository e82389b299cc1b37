package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQualityTest {

  @Test
  void vietnameseTextIsReadable() {
    String text = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; tăng 8,42% so với cùng kỳ.";
    assertEquals(0.0, TextQuality.garbledShare(text));
    assertFalse(TextQuality.garbled(text));
  }

  @Test
  void undecodedTcvn3IsGarbled() {
    String text = "B¸o c¸o vÒ t×nh h×nh s¶n xuÊt kinh doanh ngµnh c«ng nghiÖp th¸ng 02 vµ 2 th¸ng";
    assertTrue(
        TextQuality.garbledShare(text) > TextQuality.GARBLED,
        () -> "" + TextQuality.garbledShare(text));
    assertTrue(TextQuality.garbled(text));
  }

  @Test
  void shortTextIsNotJudged() {
    assertFalse(TextQuality.garbled("¸×Ò"));
  }

  @Test
  void emptyTextIsClean() {
    assertEquals(0.0, TextQuality.garbledShare(""));
    assertFalse(TextQuality.garbled(""));
  }
}
