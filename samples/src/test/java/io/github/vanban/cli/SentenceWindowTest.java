package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceWindowTest {

  private static final String LONG =
      "Trong bối cảnh kinh tế thế giới còn nhiều khó khăn, nhờ cải thiện môi trường đầu tư và"
          + " đẩy mạnh xúc tiến tại các thị trường trọng điểm, thu hút FDI ước đạt 3,1 tỷ USD"
          + " năm 2024, tăng mạnh so với cùng kỳ, trong đó nhiều dự án quy mô lớn đi vào hoạt"
          + " động ở các khu công nghiệp ven biển của tỉnh.";

  private static final String MENTION = "thu hút FDI ước đạt 3,1 tỷ USD";

  @Test
  void aShortSentenceIsKeptWhole() {
    String s = "Thu hút FDI đạt 2,1 tỷ USD năm 2022.";
    assertEquals(s, SentenceWindow.around(s, "Thu hút FDI đạt 2,1 tỷ USD", "2,1", 90));
  }

  @Test
  void aLongSentenceShowsWholeWordsCentredOnTheValue() {
    String w = SentenceWindow.around(LONG, MENTION, "3,1", 60);
    assertEquals("…điểm, thu hút FDI ước đạt 3,1 tỷ USD năm 2024, tăng mạnh…", w);
    assertTrue(w.length() <= 60, w);
  }

  @Test
  void theValueIsFoundWhereverItStandsInTheMention() {
    String s =
        "Theo báo cáo tổng hợp của các sở, ngành và địa phương gửi về trong tháng, 8,42% là tốc"
            + " độ tăng trưởng GRDP ước đạt của cả năm 2024, cao nhất từ trước đến nay của tỉnh.";
    String w = SentenceWindow.around(s, "8,42% là tốc độ tăng trưởng GRDP", "8,42", 50);
    assertEquals("…gửi về trong tháng, 8,42% là tốc độ tăng…", w);
  }

  @Test
  void aValueNotFoundCentresTheWholeMention() {
    String w = SentenceWindow.around(LONG, MENTION, "3.100", 60);
    assertTrue(w.contains(MENTION) && w.startsWith("…") && w.endsWith("…"), w);
  }

  @Test
  void aValueNearTheEndCutsOnlyTheStart() {
    String s = LONG.substring(0, LONG.indexOf(" năm 2024")) + ".";
    String w = SentenceWindow.around(s, MENTION, "3,1", 60);
    assertTrue(w.startsWith("…") && w.endsWith("đạt 3,1 tỷ USD."), w);
    assertTrue(w.length() <= 60, w);
  }

  @Test
  void lineBreaksBecomeSpaces() {
    assertEquals(
        "Thu hút FDI đạt 2,1 tỷ USD năm 2022.",
        SentenceWindow.around("Thu hút FDI\nđạt 2,1 tỷ USD\r\n năm 2022.", null, null, 90));
  }

  @Test
  void anUnknownMentionStartsTheWindowAtTheSentenceStart() {
    String w = SentenceWindow.around(LONG, null, "3,1", 60);
    assertTrue(w.startsWith("Trong bối cảnh") && w.endsWith("…"), w);
    assertEquals(w, SentenceWindow.around(LONG, "không có trong câu", "3,1", 60));
  }

  @Test
  void noSentenceGivesNull() {
    assertNull(SentenceWindow.around(null, "x", "1", 90));
    assertEquals("", SentenceWindow.around("", null, null, 90));
  }

  @Test
  void randomTextNeverThrowsAndNeverExceedsTheWidth() {
    Random random = new Random(14);
    String alphabet = "ab 1,%đ\n\t…";
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(200); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int from = random.nextInt(s.length() + 1);
      String mention = s.substring(from, from + random.nextInt(s.length() - from + 1));
      int width = 10 + random.nextInt(60);
      String w = SentenceWindow.around(s.toString(), mention, "1", width);
      assertTrue(w.length() <= width, () -> s + " -> " + w);
    }
  }

  @Test
  void aTinyWidthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SentenceWindow.around(LONG, null, null, 3));
  }
}
