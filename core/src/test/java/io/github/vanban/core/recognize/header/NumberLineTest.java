package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Số: 205/NQ-HĐND                 | 205/NQ-HĐND      | NQ  | HĐND      | 205/NQ-HĐND
          Số: 30c/NQ-CP                   | 30c/NQ-CP        | NQ  | CP        | 30c/NQ-CP
          Số: 644 /TTXT-ĐTDN              | 644/TTXT-ĐTDN    | -   | TTXT-ĐTDN | 644 /TTXT-ĐTDN
          Số 05-NQ/TU                     | 05-NQ/TU         | NQ  | TU        | 05-NQ/TU
          Số: 11/2025/NQ-HĐND             | 11/2025/NQ-HĐND  | NQ  | HĐND      | 11/2025/NQ-HĐND
          Số: 1641/ttr-UBND               | 1641/TTr-UBND    | TTr | UBND      | 1641/ttr-UBND
          Số: 239/TTr-CAT-PC06            | 239/TTr-CAT-PC06 | TTr | CAT-PC06  | 239/TTr-CAT-PC06
          Số:           /KH-UBND          | -                | KH  | UBND      | /KH-UBND
          SỐ: 58/CĐ-VPCP   Hà Nội, ngày 10 | 58/CĐ-VPCP      | CĐ  | VPCP      | 58/CĐ-VPCP
          Luật số: 121/2025/QH15          | 121/2025/QH15    | -   | QH15      | 121/2025/QH15
          Nghị quyết số: 104/2025/UBTVQH15 | 104/2025/UBTVQH15 | - | UBTVQH15  | 104/2025/UBTVQH15
          Số: 22⁄STTTT-CNTT               | -                | -   | STTTT-CNTT | 22⁄STTTT-CNTT
          Độc lập - Tự do - Hạnh phúc Số: 335/2025/NĐ-CP Hà Nội, ngày 21 | 335/2025/NĐ-CP | NĐ | CP | 335/2025/NĐ-CP
          """)
  void parsesTheNumberShapes(
      String line, String number, String type, String issuerCode, String written) {
    NumberLine n = NumberLine.find(HeaderLine.split(line), 10).orElseThrow();
    assertEquals(number, n.number());
    assertEquals(type, n.typeCode());
    assertEquals(issuerCode, n.issuerCode());
    int start = line.indexOf(written);
    assertEquals(new TextSpan(start, start + written.length()), n.span());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Số: AAS /BC-KCN                    | BC | KCN    | /BC-KCN
          Số: J0†/TB-KCN                     | TB | KCN    | /TB-KCN
          Số: 2/24 /QĐ-UBND                  | QĐ | UBND   | /QĐ-UBND
          Số A4ŸF /SNV-VP Bắc Giang, ngày 1] | -  | SNV-VP | /SNV-VP
          Số: Êđẫ /HC-CNHC                   | -  | HC-CNHC | /HC-CNHC
          """)
  void readsTheCodeAfterASerialThatDoesNotRead(
      String line, String type, String issuerCode, String code) {
    NumberLine n = NumberLine.find(HeaderLine.split(line), 10).orElseThrow();
    assertNull(n.number());
    assertEquals(type, n.typeCode());
    assertEquals(issuerCode, n.issuerCode());
    int start = line.indexOf(code);
    assertEquals(new TextSpan(start, start + code.length()), n.span());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Số: V/v báo cáo", "Số TT/Tên đơn vị", "Số lượng /ngày"})
  void findsNoNumberAfterLettersWithoutACode(String text) {
    assertTrue(NumberLine.find(HeaderLine.split(text), 10).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Số liệu thống kê năm 2024",
        "Số lượng: 25 người",
        "Căn cứ số 5",
        "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.",
        "Luật số 63/2020/QH14 ngày 18 tháng 6 năm 2020 của Quốc hội"
      })
  void findsNoNumberInOtherLines(String text) {
    assertTrue(NumberLine.find(HeaderLine.split(text), 10).isEmpty());
  }
}
