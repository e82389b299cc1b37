package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.testing.CpuBudget;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberParserTest {

  private final DocumentNumberParser parser = new DocumentNumberParser();

  /**
   * Every shape of EXTRACTION.md section 1 in running text: {@code written} is the expected text at
   * the expected offset, then the canonical number and its parts ({@code -} for none).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Căn cứ Nghị quyết số 205/NQ-HĐND ngày    | 205/NQ-HĐND          | 205/NQ-HĐND          | 205   | -    | NQ   | HĐND
          Xét Tờ trình số 1641/TTr-UBND ngày       | 1641/TTr-UBND        | 1641/TTr-UBND        | 1641  | -    | TTr  | UBND
          tại Quyết định số 998/QĐ-TTg ngày        | 998/QĐ-TTg           | 998/QĐ-TTg           | 998   | -    | QĐ   | TTg
          Nghị quyết số 108/NQ-CP ngày             | 108/NQ-CP            | 108/NQ-CP            | 108   | -    | NQ   | CP
          tại Nghị quyết số 13/2023/NQ-HĐND ngày   | 13/2023/NQ-HĐND      | 13/2023/NQ-HĐND      | 13    | 2023 | NQ   | HĐND
          theo Nghị định số 120/2020/NĐ-CP ngày    | 120/2020/NĐ-CP       | 120/2020/NĐ-CP       | 120   | 2020 | NĐ   | CP
          Nghị quyết số 18-NQ/TW ngày              | 18-NQ/TW             | 18-NQ/TW             | 18    | -    | NQ   | TW
          Nghị quyết số 06-NQ/TU ngày              | 06-NQ/TU             | 06-NQ/TU             | 06    | -    | NQ   | TU
          tại Hướng dẫn số 25-HD/BCĐTW của         | 25-HD/BCĐTW          | 25-HD/BCĐTW          | 25    | -    | HD   | BCĐTW
          Chương trình hành động số 39-CTr/TU ngày | 39-CTr/TU            | 39-CTr/TU            | 39    | -    | CTr  | TU
          Công văn số 295/VP-CTHĐND về             | 295/VP-CTHĐND        | 295/VP-CTHĐND        | 295   | -    | -    | VP-CTHĐND
          Công văn số 644/TTXT-ĐTDN về             | 644/TTXT-ĐTDN        | 644/TTXT-ĐTDN        | 644   | -    | -    | TTXT-ĐTDN
          Tờ trình số 239/TTr-CAT-PC06 ngày        | 239/TTr-CAT-PC06     | 239/TTr-CAT-PC06     | 239   | -    | TTr  | CAT-PC06
          Tờ trình số 512/TTr-CAT(PC04) ngày       | 512/TTr-CAT(PC04)    | 512/TTr-CAT(PC04)    | 512   | -    | TTr  | CAT(PC04)
          Công điện số 58/CĐ-VPCP ngày             | 58/CĐ-VPCP           | 58/CĐ-VPCP           | 58    | -    | CĐ   | VPCP
          Văn bản hợp nhất số 23/VBHN-VPQH ngày    | 23/VBHN-VPQH         | 23/VBHN-VPQH         | 23    | -    | VBHN | VPQH
          Nghị quyết số 1669/NQ-UBTVQH15 ngày      | 1669/NQ-UBTVQH15     | 1669/NQ-UBTVQH15     | 1669  | -    | NQ   | UBTVQH15
          Luật số 121/2025/QH15 ngày               | 121/2025/QH15        | 121/2025/QH15        | 121   | 2025 | -    | QH15
          Nghị quyết số 114/2025/UBTVQH15 ngày     | 114/2025/UBTVQH15    | 114/2025/UBTVQH15    | 114   | 2025 | -    | UBTVQH15
          Quyết định số 522/2002/QĐ.UB ngày        | 522/2002/QĐ.UB       | 522/2002/QĐ.UB       | 522   | 2002 | QĐ   | UB
          Quyết định số 256/2004/QĐ-UB ngày        | 256/2004/QĐ-UB       | 256/2004/QĐ-UB       | 256   | 2004 | QĐ   | UB
          Quyết định số 1330/QĐ-CT.UB ngày         | 1330/QĐ-CT.UB        | 1330/QĐ-CT.UB        | 1330  | -    | QĐ   | CT.UB
          Thông tư số 60/2003/TTLT-BNV-BTC ngày    | 60/2003/TTLT-BNV-BTC | 60/2003/TTLT-BNV-BTC | 60    | 2003 | TTLT | BNV-BTC
          Nghị quyết số 06 - NQ/TU về              | 06 - NQ/TU           | 06-NQ/TU             | 06    | -    | NQ   | TU
          Số:  256 /2004/QĐ-UB ngày                | 256 /2004/QĐ-UB      | 256/2004/QĐ-UB       | 256   | 2004 | QĐ   | UB
          Nghị quyết số 176/NQ-HDND ngày           | 176/NQ-HDND          | 176/NQ-HĐND          | 176   | -    | NQ   | HĐND
          Nghị quyết số 176/NQ-HÐND ngày           | 176/NQ-HÐND          | 176/NQ-HĐND          | 176   | -    | NQ   | HĐND
          Nghị quyết số 18–NQ/TW ngày              | 18–NQ/TW             | 18-NQ/TW             | 18    | -    | NQ   | TW
          Thực hiện Nghị quyết số 30c/NQ-CP ngày   | 30c/NQ-CP            | 30c/NQ-CP            | 30c   | -    | NQ   | CP
          Quyết định số 1234a/2019/QĐ-UBND ngày    | 1234a/2019/QĐ-UBND   | 1234a/2019/QĐ-UBND   | 1234a | 2019 | QĐ   | UBND
          Quyết định số 12/QD-UBND ngày            | 12/QD-UBND           | 12/QĐ-UBND           | 12    | -    | QĐ   | UBND
          Tờ trình số 1641/Ttr-UBND ngày           | 1641/Ttr-UBND        | 1641/TTr-UBND        | 1641  | -    | TTr  | UBND
          Quyết định số 998/QĐ-Ttg ngày            | 998/QĐ-Ttg           | 998/QĐ-TTg           | 998   | -    | QĐ   | TTg
          Đề án số 381/ĐA-CPngày 09 tháng 5        | 381/ĐA-CP            | 381/ĐA-CP            | 381   | -    | ĐA   | CP
          (theo Nghị quyết số 205/NQ-HĐND).        | 205/NQ-HĐND          | 205/NQ-HĐND          | 205   | -    | NQ   | HĐND
          Công văn số 2775/SNV-CCHC&VTLT về        | 2775/SNV-CCHC&VTLT   | 2775/SNV-CCHC&VTLT   | 2775  | -    | -    | SNV-CCHC&VTLT
          Quyết định số 246/2005/QĐ- -TTg ngày     | 246/2005/QĐ- -TTg    | 246/2005/QĐ-TTg      | 246   | 2005 | QĐ   | TTg
          Luật Công nghệ thông tin số 67/2006/QHII ngày | 67/2006/QHII    | 67/2006/QH11         | 67    | 2006 | -    | QH11
          Nghị quyết số 1656/NQ-UBTVQHI5 ngày      | 1656/NQ-UBTVQHI5     | 1656/NQ-UBTVQH15     | 1656  | -    | NQ   | UBTVQH15
          """)
  void findsEveryShape(
      String sentence,
      String written,
      String number,
      String serial,
      String year,
      String type,
      String issuer) {
    List<ParsedNumber> found = parser.find(sentence);
    assertEquals(1, found.size(), () -> "in «" + sentence + "»: " + found);
    ParsedNumber n = found.get(0);
    int start = sentence.indexOf(written);
    assertEquals(new TextSpan(start, start + written.length()), n.span());
    assertEquals(written, n.text());
    assertEquals(number, n.number());
    assertEquals(serial, n.serial());
    assertEquals(year, n.year());
    assertEquals(type, n.type());
    assertEquals(issuer, n.issuerCode());
  }

  @Test
  void readsNumbersSplitAcrossALineBreak() {
    String text = "tại Nghị quyết số 13/2023/\nNQ-HĐND ngày 30/3/2023 và số 205/NQ-\nHĐND";
    List<ParsedNumber> found = parser.find(text);
    assertEquals(List.of("13/2023/NQ-HĐND", "205/NQ-HĐND"), numbers(found));
    assertEquals(text.indexOf("13/"), found.get(0).span().start());
    assertEquals(text.length(), found.get(1).span().end());
  }

  @Test
  void readsADraftsBlankSerial() {
    String text = "UBND TỈNH LÂM ĐỒNG\nSố:      /QĐ-UBND\nDỰ THẢO";
    List<ParsedNumber> found = parser.find(text);
    assertEquals(1, found.size());
    ParsedNumber draft = found.get(0);
    assertNull(draft.number());
    assertNull(draft.serial());
    assertEquals("QĐ", draft.type());
    assertEquals("UBND", draft.issuerCode());
    assertEquals("/QĐ-UBND", draft.text());
    assertEquals(text.indexOf("/QĐ"), draft.span().start());
  }

  @Test
  void stopsTheCodeBeforeAnOrdinaryWord() {
    List<ParsedNumber> found = parser.find("theo Nghị quyết số 205/NQ-HĐND - Tiếp tục và 7/TTr-Ab");
    assertEquals(List.of("205/NQ-HĐND", "7/TTr"), numbers(found));
    assertEquals(
        List.of("512/TTr-CAT"), numbers(parser.find("Tờ trình số 512/TTr-CAT(PC04 thiếu ngoặc")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ngày 10/7/2024 và 10-7-2024, 10.7.2024",
        "đạt 15/15 chỉ tiêu, 1.452/1.452 thôn, 1/3 tổng thiệt hại",
        "tăng 23%/năm, 580 triệu đồng/người, 9.400 USD/người",
        "nước sạch đáp ứng QCVN 01-1:2008/BYT ước đạt 85,2%",
        "giai đoạn 2021 - 2025, định hướng đến năm 2030 - Đây là",
        "năm 2024 - UBND tỉnh chỉ đạo",
        "Đại hội Đảng bộ tỉnh khóa 15/XV và Covid-19/NQ",
        "Luật Đất đai năm 2024, Đề án 06, Nghị quyết Đại hội lần thứ XV",
        "điện thoại 0203.3835.123, fax 0203/3835 124",
        "Số lượng 2024/Năm và số/UBND",
        "Số: 2 9 5 /VP-CTHĐND Thanh Hóa",
        "tỷ giá bình quân 500đ/USD, giá 200g/TCVN",
      })
  void findsNothingInOtherNumbers(String text) {
    assertEquals(List.of(), parser.find(text));
  }

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), parser.find(""));
    assertEquals(Optional.empty(), parser.parse(""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          205/nq-hdnd            | 205/NQ-HĐND
          Số: 205/NQ-HÐND        | 205/NQ-HĐND
          số 06 – NQ/TU          | 06-NQ/TU
          1641/ttr-ubnd          | 1641/TTr-UBND
          998/qđ-ttg             | 998/QĐ-TTg
          '  13/2023/nq-hđnd  '  | 13/2023/NQ-HĐND
          39-ctr/tu              | 39-CTr/TU
          30c/nq-cp              | 30c/NQ-CP
          Số: 1234A/2019/QĐ-UBND | 1234a/2019/QĐ-UBND
          """)
  void parsesAnySpellingToTheCanonicalNumber(String input, String number) {
    assertEquals(number, parser.parse(input).map(ParsedNumber::number).orElse(null));
  }

  @Test
  void parsesNfdInput() {
    String nfd = Normalizer.normalize("Số: 205/NQ-HĐND", Normalizer.Form.NFD);
    assertEquals(Optional.of("205/NQ-HĐND"), parser.parse(nfd).map(ParsedNumber::number));
  }

  @Test
  void parsesADraftOnlyAfterItsLabel() {
    ParsedNumber draft = parser.parse("Số:      /QĐ-UBND").orElseThrow();
    assertNull(draft.number());
    assertEquals("QĐ", draft.type());
    assertEquals(Optional.empty(), parser.parse("/QĐ-UBND"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nghị quyết số 205/NQ-HĐND", "205/NQ-HĐND ngày", "10/7/2024", "abc"})
  void parsesOnlyAWholeNumber(String input) {
    assertEquals(Optional.empty(), parser.parse(input));
  }

  @Test
  void staysLinearOnAdversarialText() {
    String slashes = "1" + "/".repeat(100_000) + "NQ";
    String so = "số ".repeat(350_000);
    String digitsAndDots = "1.2/3-4 ".repeat(50_000) + "9".repeat(100_000) + ".".repeat(100_000);
    String codes = "1/NQ-".repeat(60_000) + "1-A/B(C(D(".repeat(30_000);
    String spaces = "Số:" + " ".repeat(200_000) + "/" + "\n".repeat(100_000) + "/QĐ";
    CpuBudget.assertWithin(
        Duration.ofSeconds(5),
        () -> {
          for (String text : List.of(slashes, so, digitsAndDots, codes, spaces)) {
            parser.find(text);
          }
        },
        "numbers on adversarial text");
  }

  @Test
  void neverThrowsAndKeepsSpansInRangeOnRandomText() {
    Random random = new Random(42);
    String alphabet = "0123456789/-–.()NQHĐDTUBCr số:\n ";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (ParsedNumber n : parser.find(text)) {
        assertTrue(n.span().end() <= text.length(), () -> text + " → " + n);
        assertEquals(n.text(), n.span().of(text));
      }
    }
  }

  private static List<String> numbers(List<ParsedNumber> found) {
    return found.stream().map(ParsedNumber::number).toList();
  }
}
