package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpSentenceSegmenterTest {

  private final OpenNlpSentenceSegmenter segmenter = OpenNlpSentenceSegmenter.bundled();

  private List<String> split(String text) {
    return segmenter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // abbreviations never end a sentence
        "TP. Hạ Long đạt 10,2%. Năm 2025 tăng 12%.|TP. Hạ Long đạt 10,2%.;Năm 2025 tăng 12%.",
        "UBND TP. Cẩm Phả giao chỉ tiêu. Các phường báo cáo.|UBND TP. Cẩm Phả giao chỉ tiêu.;"
            + "Các phường báo cáo.",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH|KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN|TM. ỦY BAN NHÂN DÂN",
        "Hội đồng gồm ThS. Nguyễn Văn Nam và GS.TS. Lê Văn Hùng.|"
            + "Hội đồng gồm ThS. Nguyễn Văn Nam và GS.TS. Lê Văn Hùng.",
        "Xem Tr. 12 của Phụ lục.|Xem Tr. 12 của Phụ lục.",
        // v.v. ends a sentence only when one ends there
        "Phát triển than, điện, cảng biển v.v. Năm 2024 đạt kết quả tốt.|"
            + "Phát triển than, điện, cảng biển v.v.;Năm 2024 đạt kết quả tốt.",
        "Rà soát đất đai, khoáng sản v.v. để xử lý dứt điểm.|"
            + "Rà soát đất đai, khoáng sản v.v. để xử lý dứt điểm.",
        // list markers and headings stay with their text
        "1. Sự cần thiết ban hành|1. Sự cần thiết ban hành",
        "a. Nâng cao năng lực cạnh tranh|a. Nâng cao năng lực cạnh tranh",
        "(i1). Chỉ tiêu về kinh tế|(i1). Chỉ tiêu về kinh tế",
        "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025|II. NHIỆM VỤ TRỌNG TÂM NĂM 2025",
        "Điều 1. Phạm vi điều chỉnh|Điều 1. Phạm vi điều chỉnh",
        "1.2. Công tác tư tưởng được đổi mới. Chú trọng nghiên cứu.|"
            + "1.2. Công tác tư tưởng được đổi mới.;Chú trọng nghiên cứu.",
        // numbers, quotes and brackets
        "Tăng trưởng đạt 8,42%. Năm 2024 tăng hai con số.|"
            + "Tăng trưởng đạt 8,42%.;Năm 2024 tăng hai con số.",
        "Cử tri đi bầu đạt 97,15%. 100% thôn bầu được trưởng thôn.|"
            + "Cử tri đi bầu đạt 97,15%.;100% thôn bầu được trưởng thôn.",
        "Tổng vốn đạt 55.600 tỷ đồng. Trong đó FDI đạt 3 tỷ USD.|"
            + "Tổng vốn đạt 55.600 tỷ đồng.;Trong đó FDI đạt 3 tỷ USD.",
        "`Bí thư nhấn mạnh: \"Dân là gốc.\" Các cấp quán triệt.`|"
            + "`Bí thư nhấn mạnh: \"Dân là gốc.\";Các cấp quán triệt.`",
        "Thành lập Tổ công tác (gồm 05 người). Tổ trưởng là Phó Giám đốc.|"
            + "Thành lập Tổ công tác (gồm 05 người).;Tổ trưởng là Phó Giám đốc.",
        "Hạ tầng, cảng biển… Các dự án đều vượt tiến độ.|"
            + "Hạ tầng, cảng biển…;Các dự án đều vượt tiến độ.",
        "Vì sao chưa đạt? Do thiên tai.|Vì sao chưa đạt?;Do thiên tai.",
      })
  void splitsInsideLinesAsReviewed(String text, String expected) {
    assertEquals(List.of(expected.split(";")), split(text));
  }

  @Test
  void aFullStopBeforeATabEndsATableCell() {
    assertEquals(
        List.of("1.\tSố văn bản chỉ đạo đã ban hành.", "Văn bản\t82"),
        split("1.\tSố văn bản chỉ đạo đã ban hành.\tVăn bản\t82"));
  }

  @Test
  void lineBreakAlwaysEndsASentenceAndSpansPointIntoTheText() {
    String text = " Dòng một\n\n  Dòng hai. Câu ba  \nQuyết nghị";
    assertEquals(
        List.of(
            new TextSpan(1, 9), new TextSpan(13, 22), new TextSpan(23, 29), new TextSpan(32, 42)),
        segmenter.split(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n", " \t\n "})
  void blankTextHasNoSentence(String text) {
    assertEquals(List.of(), segmenter.split(text));
  }

  @Test
  void textWithoutATerminalIsOneSentencePerLine() {
    assertEquals(
        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), split("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  }

  @Test
  void garbledTextNeverThrowsAndSpansStayOrderedTrimmedAndInRange() {
    Random random = new Random(42);
    String alphabet = "aăâđêôơư AĐ.?!…\n\t\"')(*»0123456789,;:-/";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int previousEnd = 0;
      for (TextSpan s : segmenter.split(text)) {
        assertTrue(s.start() >= previousEnd && s.end() <= text.length(), text);
        assertTrue(s.length() > 0, text);
        assertEquals(s.of(text).strip(), s.of(text), text);
        assertFalse(s.of(text).contains("\n"), text);
        previousEnd = s.end();
      }
    }
  }

  @Test
  void threadsShareOneSegmenterAndGetTheSameAnswers() throws Exception {
    String text =
        "Tăng trưởng đạt 8,42%. Năm 2024 tăng hai con số. TP. Hạ Long dẫn đầu.\n1. Nhiệm vụ";
    List<TextSpan> expected = segmenter.split(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TextSpan>>> results =
          IntStream.range(0, 200).mapToObj(i -> pool.submit(() -> segmenter.split(text))).toList();
      for (Future<List<TextSpan>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aWrittenModelReadsBackAndSplitsTheSame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    segmenter.write(bytes);
    OpenNlpSentenceSegmenter copy =
        OpenNlpSentenceSegmenter.read(new ByteArrayInputStream(bytes.toByteArray()));
    String text = "KT. CHỦ TỊCH\nGRDP tăng 8,42%. Năm 2024 tăng hai con số.";
    assertEquals(segmenter.split(text), copy.split(text));
  }

  @Test
  void readingSomethingThatIsNotAModelFails() {
    byte[] junk = "không phải mô hình".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        IOException.class, () -> OpenNlpSentenceSegmenter.read(new ByteArrayInputStream(junk)));
  }

  @Test
  void theBundledModelIsLoadedOnce() {
    assertTrue(OpenNlpSentenceSegmenter.bundled() == OpenNlpSentenceSegmenter.bundled());
  }
}
