package io.github.vanban.core.recognize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.testing.CpuBudget;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {

  private final DateRecognizer recognizer = new DateRecognizer();

  /** Every row of EXTRACTION.md section 2, in a sentence; {@code mention} is the expected text. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Quảng Ninh, ngày 10 tháng 7 năm 2024                 | ngày 10 tháng 7 năm 2024  | 2024-07-10 | DAY
          Nghị quyết số 176/NQ-HĐND ngày 08 tháng 12 năm 2023 của | ngày 08 tháng 12 năm 2023 | 2023-12-08 | DAY
          thông qua 10/7/2024 và                               | 10/7/2024                 | 2024-07-10 | DAY
          Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của        | ngày 08/12/2023           | 2023-12-08 | DAY
          thông qua 10-7-2024 và                               | 10-7-2024                 | 2024-07-10 | DAY
          thông qua 10.7.2024 và                               | 10.7.2024                 | 2024-07-10 | DAY
          Ngày 25/6/2024, mở chính thức                        | Ngày 25/6/2024            | 2024-06-25 | DAY
          Ngày xuất bản: 1/1/2023                              | 1/1/2023                  | 2023-01-01 | DAY
          số 204/NQ-HĐND ngày\\n\\n19/4/2024 của HĐND tỉnh     | ngày\\n\\n19/4/2024       | 2024-04-19 | DAY
          dự kiến tháng 7/2024 và                              | tháng 7/2024              | 2024-07    | MONTH
          Phiên họp thường kỳ tháng 6 năm 2024 và              | tháng 6 năm 2024          | 2024-06    | MONTH
          khởi công trong Quý IV/2024), dự án                  | Quý IV/2024               | 2024-Q4    | QUARTER
          Phấn đấu trong quý III năm 2024, hoàn thành          | quý III năm 2024          | 2024-Q3    | QUARTER
          Quý I/2024, trong bối cảnh                           | Quý I/2024                | 2024-Q1    | QUARTER
          nhiệm vụ 6 tháng đầu năm 2024 và                     | 6 tháng đầu năm 2024      | 2024-H1    | HALF
          nhiệm vụ 6 tháng cuối năm 2024 và                    | 6 tháng cuối năm 2024     | 2024-H2    | HALF
          phấn đấu năm 2024 thu hút FDI                        | năm 2024                  | 2024       | YEAR
          tầm nhìn đến năm 2030.                               | đến năm 2030              | 2030       | YEAR
          kế hoạch giai đoạn 2021 - 2025 đã                    | giai đoạn 2021 - 2025     | 2021/2025  | PERIOD
          Đại hội nhiệm kỳ 2025-2030 của                       | nhiệm kỳ 2025-2030        | 2025/2030  | PERIOD
          Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn         | thời kỳ 2021 - 2030       | 2021/2030  | PERIOD
          trong năm học 2023 - 2024 có                         | năm học 2023 - 2024       | 2023/2024  | PERIOD
          dẫn đầu 9 năm liên tiếp (2015-2023) về               | (2015-2023)               | 2015/2023  | PERIOD
          kế hoạch trung hạn 2026 - 2030 và                    | trung hạn 2026 - 2030     | 2026/2030  | PERIOD
          trong 5 năm 2021 - 2025 tăng                         | 2021 - 2025               | 2021/2025  | PERIOD
          chậm tiến độ trong giai đoạn 2021 2023; tập          | giai đoạn 2021 2023       | 2021/2023  | PERIOD
          thế giới (17/12/1994 - 17/12/2024) và                | 17/12/1994 - 17/12/2024   | 1994-12-17/2024-12-17 | PERIOD
          Liệt sĩ (27/7/1947-27/7/2017). Huy động              | 27/7/1947-27/7/2017       | 1947-07-27/2017-07-27 | PERIOD
          từ ngày 01/01/2021-31/12/2021 và                     | ngày 01/01/2021-31/12/2021 | 2021-01-01/2021-12-31 | PERIOD
          kết quả quí III/2012 và                              | quí III/2012              | 2012-Q3    | QUARTER
          Hội thi tổ chức ngày 22/ 12/ 2011 tại Hội trường     | ngày 22/ 12/ 2011         | 2011-12-22 | DAY
          hạn nộp trước ngày 30 /12 /2011 về Sở                | ngày 30 /12 /2011         | 2011-12-30 | DAY
          Nghị định số 115/2024/NĐ-CP ngày l6 tháng 9 năm 2024 của | ngày l6 tháng 9 năm 2024 | 2024-09-16 | DAY
          Quyết định số 12/QĐ-UBND ngày I5 tháng 3 năm 2021 về | ngày I5 tháng 3 năm 2021  | 2021-03-15 | DAY
          trong Quí 4 năm 2023, sản lượng                      | Quí 4 năm 2023            | 2023-Q4    | QUARTER
          """)
  void recognisesSpecRows(String sentence, String mention, String value, Granularity granularity) {
    String text = sentence.replace("\\n", "\n");
    String expected = mention.replace("\\n", "\n");
    List<DateMention> found = recognizer.recognize(text);
    assertEquals(1, found.size(), () -> "in «" + text + "»: " + found);
    DateMention d = found.get(0);
    int start = text.indexOf(expected);
    assertEquals(new TextSpan(start, start + expected.length()), d.span());
    assertEquals(expected, d.text());
    assertEquals(value, d.value());
    assertEquals(granularity, d.granularity());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hoàn thành trước ngày 15/12 theo kế hoạch      | ngày 15/12           | 2024-12-15 | DAY
          hoàn thành trước ngày 15 tháng 12 theo kế hoạch | ngày 15 tháng 12    | 2024-12-15 | DAY
          của Ủy ban nhân dân tỉnh 6 tháng đầu năm, nhiệm vụ | 6 tháng đầu năm   | 2024-H1    | HALF
          nhiệm vụ 6 tháng cuối năm và cả năm            | 6 tháng cuối năm     | 2024-H2    | HALF
          hoàn thành trong quý II, bảo đảm               | quý II               | 2024-Q2    | QUARTER
          """)
  void takesTheDefaultYearWhenNoneIsWritten(
      String text, String mention, String value, Granularity granularity) {
    List<DateMention> found = recognizer.recognize(text, 2024);
    assertEquals(1, found.size(), () -> "in «" + text + "»: " + found);
    DateMention d = found.get(0);
    int start = text.indexOf(mention);
    assertEquals(new TextSpan(start, start + mention.length()), d.span());
    assertEquals(value, d.value());
    assertEquals(granularity, d.granularity());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hoàn thành trước ngày 15/12 theo kế hoạch",
        "nhiệm vụ 6 tháng cuối năm và cả năm",
        "hoàn thành trong quý II, bảo đảm"
      })
  void leavesOutWhatNeedsAYearWhenThereIsNone(String text) {
    assertEquals(List.of(), recognizer.recognize(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nghị quyết số 13/2023/NQ-HĐND của",
        "Nghị định số 120/2020/NĐ-CP của Chính phủ",
        "đạt 15/15 chỉ tiêu, 1.452/1.452 thôn",
        "tổng thu 1.234.567 triệu đồng",
        "ngày 31/2/2024 là ngày không có",
        "ngày 12/13/2024 không có tháng 13",
        "tháng 13/2024 không có",
        "giai đoạn 2025 - 2021 ngược",
        "tăng 2010-2015% so với",
        "kỳ họp thứ 19, Khóa XIV, Bão số 3",
        "quý vị đại biểu",
        "mã số 1/1/2023/ABC",
        "giai đoạn 2, lần thứ 2024",
        "tổng 2021 2025 hộ dân",
        "giai đoạn 2025 2021 ngược"
      })
  void findsNoDateInNumbersFiguresAndImpossibleValues(String text) {
    assertEquals(List.of(), recognizer.recognize(text, 2024));
  }

  @Test
  void keepsMentionsInTextOrderWithoutOverlap() {
    String text =
        "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08 tháng 12 năm 2023; Quý IV/2024; "
            + "giai đoạn 2021 - 2025 và năm 2030.";
    List<String> values = recognizer.recognize(text).stream().map(DateMention::value).toList();
    assertEquals(List.of("2023-12-08", "2024-Q4", "2021/2025", "2030"), values);
  }

  @Test
  void emptyInputGivesNoMention() {
    assertEquals(List.of(), recognizer.recognize(""));
    assertEquals(List.of(), recognizer.recognize("", 2024));
  }

  @Test
  void rejectsAnImpossibleDefaultYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> recognizer.recognize("ngày 15/12", 0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
  }

  @Test
  void adversarialInputsFinishQuickly() {
    String digitsAndDots = "1.".repeat(50_000) + "1/1/".repeat(10_000);
    String ngay = "ngày ".repeat(200_000);
    String periods = "2021 - ".repeat(50_000) + "giai đoạn ".repeat(50_000);
    String half = "6 tháng đầu 6 tháng ".repeat(20_000) + "quý I ".repeat(50_000);
    CpuBudget.assertWithin(
        Duration.ofSeconds(5),
        () -> {
          for (String text : List.of(digitsAndDots, ngay, periods, half)) {
            recognizer.recognize(text, 2024);
          }
        },
        "dates on adversarial text");
  }

  @Test
  void randomTextNeverThrowsAndKeepsOffsetsInRange() {
    Random random = new Random(20240710L);
    String alphabet = "0123456789/.-– ()ngàytháqúIVđầucuốikỳ\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (DateMention d : recognizer.recognize(text, 2024)) {
        assertTrue(d.span().end() <= text.length(), d::toString);
        assertEquals(d.span().of(text), d.text());
      }
    }
  }
}
