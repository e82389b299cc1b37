package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.testing.CpuBudget;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureRecognizerTest {

  private final FigureRecognizer recognizer = new FigureRecognizer();

  /** Every row of EXTRACTION.md section 3, its ranges and its qualifiers, inside a sentence. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Tăng trưởng ước đạt 8,42%.                    | 8,42%                      | PERCENT  | 8.42    | -   | %                     | -     | -
          GRDP phấn đấu đạt trên 10%.                   | trên 10%                   | PERCENT  | 10      | -   | %                     | -     | MORE_THAN
          Công nghiệp ước đạt 23%/năm.                  | 23%/năm                    | PERCENT  | 23      | -   | %                     | năm   | -
          Gây thiệt hại 28.000 tỷ đồng.                 | 28.000 tỷ đồng             | MONEY    | 2.8E13  | -   | VND                   | -     | -
          FDI đạt 2,8 tỷ USD.                           | 2,8 tỷ USD                 | MONEY    | 2.8E9   | -   | USD                   | -     | -
          Năng suất đạt 580 triệu đồng/người.           | 580 triệu đồng/người       | MONEY    | 5.8E8   | -   | VND                   | người | -
          Vốn đạt 490 nghìn tỷ đồng.                    | 490 nghìn tỷ đồng          | MONEY    | 4.9E14  | -   | VND                   | -     | -
          Đón 19 triệu lượt khách du lịch.              | 19 triệu lượt khách        | QUANTITY | 1.9E7   | -   | lượt khách            | -     | -
          Sản lượng than đạt 219 triệu tấn.             | 219 triệu tấn              | QUANTITY | 2.19E8  | -   | tấn                   | -     | -
          Sản lượng điện đạt 176 tỷ KWh.                | 176 tỷ KWh                 | QUANTITY | 1.76E11 | -   | kwh                   | -     | -
          Trồng rừng khoảng 5.000 ha.                   | khoảng 5.000 ha            | QUANTITY | 5000    | -   | ha                    | -     | ABOUT
          Đạt 68,2 giường bệnh/1 vạn dân.               | 68,2 giường bệnh/1 vạn dân | QUANTITY | 68.2    | -   | giường bệnh/1 vạn dân | -     | -
          Quy mô gấp 1,4 lần năm 2020.                  | gấp 1,4 lần                | MULTIPLE | 1.4     | -   | lần                   | -     | -
          Vốn FDI cao gấp 5,1 lần so với trước.         | cao gấp 5,1 lần            | MULTIPLE | 5.1     | -   | lần                   | -     | -
          Kết nạp đạt 3-3,5% tổng số.                   | 3-3,5%                     | PERCENT  | 3       | 3.5 | %                     | -     | -
          Chiếm tỷ trọng 19 - 20% GRDP.                 | 19 - 20%                   | PERCENT  | 19      | 20  | %                     | -     | -
          Công nghiệp 47-48%; dịch vụ.                  | 47-48%                     | PERCENT  | 47      | 48  | %                     | -     | -
          Thu hút đạt hơn 28.000 tỷ đồng.               | hơn 28.000 tỷ đồng         | MONEY    | 2.8E13  | -   | VND                   | -     | MORE_THAN
          Đã vượt 5% kế hoạch.                          | vượt 5%                    | PERCENT  | 5       | -   | %                     | -     | MORE_THAN
          FDI đạt ít nhất 3 tỷ USD.                     | ít nhất 3 tỷ USD           | MONEY    | 3.0E9   | -   | USD                   | -     | AT_LEAST
          Giải ngân đạt tối thiểu 80%.                  | tối thiểu 80%              | PERCENT  | 80      | -   | %                     | -     | AT_LEAST
          Tỷ lệ từ 80% trở lên.                         | từ 80% trở lên             | PERCENT  | 80      | -   | %                     | -     | AT_LEAST
          Trẻ em dưới 18 tuổi.                          | dưới 18 tuổi               | QUANTITY | 18      | -   | tuổi                  | -     | LESS_THAN
          Nợ xấu tối đa 3%.                             | tối đa 3%                  | PERCENT  | 3       | -   | %                     | -     | AT_MOST
          Lạm phát không quá 4%.                        | không quá 4%               | PERCENT  | 4       | -   | %                     | -     | AT_MOST
          Chiếm gần 30% thiệt hại.                      | gần 30%                    | PERCENT  | 30      | -   | %                     | -     | ABOUT
          Tăng xấp xỉ 7%.                               | xấp xỉ 7%                  | PERCENT  | 7       | -   | %                     | -     | ABOUT
          Thấp hơn cả nước khoảng 20 lần.               | khoảng 20 lần              | MULTIPLE | 20      | -   | lần                   | -     | ABOUT
          Tỷ lệ hộ nghèo chiếm 0,067 % tổng số hộ.      | 0,067 %                    | PERCENT  | 0.067   | -   | %                     | -     | -
          Hỗ trợ 825.950,55 triệu đồng.                 | 825.950,55 triệu đồng      | MONEY    | 8.2595055E11 | - | VND              | -     | -
          Khai thác 825Km đường bộ.                     | 825Km                      | QUANTITY | 825     | -   | km                    | -     | -
          Ghi nhận khoảng 300 ngàn ca nhiễm.            | khoảng 300 ngàn ca nhiễm   | QUANTITY | 3.0E5   | -   | ca nhiễm              | -     | ABOUT
          Cảng đạt 124,1 triệu tấn/năm.                 | 124,1 triệu tấn/năm        | QUANTITY | 1.241E8 | -   | tấn                   | năm   | -
          Giá 420-450 USD/tấn.                          | 420-450 USD/tấn            | MONEY    | 420     | 450 | USD                   | tấn   | -
          """)
  void readsSpecRows(
      String sentence,
      String text,
      FigureKind kind,
      double value,
      Double max,
      String unit,
      String per,
      Qualifier qualifier) {
    List<Figure> found = recognizer.recognize(sentence);
    assertEquals(1, found.size(), () -> "figures of " + sentence + ": " + found);
    Figure f = found.get(0);
    int start = sentence.indexOf(text);
    assertEquals(new TextSpan(start, start + text.length()), f.span());
    assertEquals(text, f.text());
    assertEquals(kind, f.kind());
    assertEquals(value, f.value(), Math.abs(value) * 1e-12);
    assertEquals(max, f.max());
    assertEquals(unit, f.unit());
    assertEquals(per, f.per());
    assertEquals(qualifier, f.qualifier());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Hoàn thành toàn diện 15/15 chỉ tiêu.   | 15/15 chỉ tiêu        | 15    | 15    | chỉ tiêu
          Tại 1.452/1.452 thôn, bản.             | 1.452/1.452 thôn      | 1452  | 1452  | thôn
          Chiếm 1/3 tổng thiệt hại của cả nước.  | 1/3 tổng thiệt hại    | 1     | 3     | tổng thiệt hại
          """)
  void readsRatios(String sentence, String text, double num, double den, String unit) {
    Figure f = recognizer.recognize(sentence).get(0);
    int start = sentence.indexOf(text);
    assertEquals(new TextSpan(start, start + text.length()), f.span());
    assertEquals(FigureKind.RATIO, f.kind());
    assertEquals(num / den, f.value(), 1e-12);
    assertEquals(num, f.numerator());
    assertEquals(den, f.denominator());
    assertEquals(unit, f.unit());
  }

  /** The "not figures" of EXTRACTION.md section 3, and other identifiers. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "(1) Phát triển công nghiệp chế biến",
        "2.1.1. Công nghiệp phát triển theo hướng bền vững",
        "HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XIV, KỲ HỌP THỨ 19",
        "đã được thông qua tại kỳ họp thứ 19 của Hội đồng",
        "Bão số 3 (Yagi) đổ bộ vào tỉnh",
        "thực hành phương châm “5 thật”, “6 dám”",
        "duy trì tăng trưởng 2 con số",
        "trong năm 2024 và năm 2025",
        "Nghị quyết số 205/NQ-HĐND và Nghị quyết số 18-NQ/TW",
        "xếp thứ 8/70 đơn vị dự thi",
        "hệ thống điện 110kV, 220kV",
        "dịch Covid-19 kéo dài",
        "quy chuẩn QCVN 01-1:2008/BYT",
        "ngày 10/7/2024 và tháng 4/2021",
        "tổ chức 2 lần trong năm"
      })
  void leavesIdentifiersOut(String text) {
    assertEquals(List.of(), recognizer.recognize(text));
  }

  @Test
  void sharesADenominatorWrittenOnceAtTheEndOfAList() {
    String s =
        "đạt 55 giường bệnh, 14,85 bác sĩ, 2,6 dược sĩ đại học và 23 điều dưỡng trên 1 vạn dân.";
    List<String> units = recognizer.recognize(s).stream().map(Figure::unit).toList();
    assertEquals(
        List.of(
            "giường bệnh/1 vạn dân",
            "bác sĩ/1 vạn dân",
            "dược sĩ đại học/1 vạn dân",
            "điều dưỡng/1 vạn dân"),
        units);
  }

  @Test
  void skipsGivenSpans() {
    String s = "năm 2024 đạt 12%";
    assertEquals(1, recognizer.recognize(s, List.of(new TextSpan(0, 8))).size());
    assertEquals(List.of(), recognizer.recognize(s, List.of(new TextSpan(10, 16))));
  }

  @Test
  void findsNothingWithoutNumbers() {
    assertEquals(List.of(), recognizer.recognize("Quảng Ninh tập trung phát triển kinh tế số."));
  }

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), recognizer.recognize(""));
  }

  @Test
  void staysLinearOnATenMegabyteLineOfDigitsAndDots() {
    String digitsAndDots = "1.2.".repeat(2_500_000);
    String digits = "1234567890".repeat(1_000_000);
    CpuBudget.assertWithin(
        Duration.ofSeconds(10),
        () -> {
          assertEquals(List.of(), recognizer.recognize(digitsAndDots));
          assertEquals(List.of(), recognizer.recognize(digits));
        },
        "figures on adversarial text");
  }

  @Test
  void staysLinearOnAHundredThousandPercentSigns() {
    String signs = "%".repeat(100_000);
    String figures = "5% ".repeat(100_000);
    CpuBudget.assertWithin(
        Duration.ofSeconds(10),
        () -> {
          assertEquals(List.of(), recognizer.recognize(signs));
          assertEquals(100_000, recognizer.recognize(figures).size());
        },
        "figures on adversarial text");
  }

  @Test
  void neverThrowsOnRandomTextAndKeepsOffsetsInRange() {
    Random random = new Random(42);
    String alphabet = "0123456789.,%/- trêntỷđồnglầngấpUSDhaKm()\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Figure f : recognizer.recognize(text)) {
        assertTrue(f.span().end() <= text.length(), () -> f + " in " + text);
        assertEquals(f.span().of(text), f.text());
      }
    }
  }
}
