package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderNumberLocatorTest {

  private final DocumentNumberParser parser = new DocumentNumberParser();

  private Optional<String> ownNumber(String text) {
    return HeaderNumberLocator.locate(text, parser.find(text)).map(ParsedNumber::text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HỘI ĐỒNG NHÂN DÂN\\nTỈNH QUẢNG NINH\\n\\nSố: 205/NQ-HĐND\\n\\nCăn cứ Nghị quyết số 176/NQ-HĐND | 205/NQ-HĐND
          TỈNH QUẢNG NINH        Số: 205/NQ-HĐND     Quảng Ninh, ngày 10 tháng 7 năm 2024     | 205/NQ-HĐND
          BAN CHẤP HÀNH TRUNG ƯƠNG\\n            Số 60-NQ/TW              Hà Nội                | 60-NQ/TW
          '   Số: 1669/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*'                 | 1669/NQ-UBTVQH15
          UBND TỈNH LÂM ĐỒNG\\nSố:      /QĐ-UBND\\nCăn cứ Quyết định số 12/QĐ-UBND             | /QĐ-UBND
          UBND TỈNH\\n*Số:*\\t295/VP-CTHĐND\\nV/v góp ý                                      | 295/VP-CTHĐND
          """)
  void findsTheOwnNumber(String written, String own) {
    assertEquals(Optional.of(own), ownNumber(written.replace("\\n", "\n").replace("\\t", "\t")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023",
        "Theo Nghị quyết  số 176/NQ-HĐND ngày 08/12/2023",
        "",
      })
  void findsNoOwnNumberInBodyText(String text) {
    assertEquals(Optional.empty(), ownNumber(text));
  }

  @Test
  void looksOnlyAtTheHeaderBlock() {
    String text = "x".repeat(HeaderNumberLocator.HEADER_LIMIT) + "\nSố: 205/NQ-HĐND";
    assertEquals(Optional.empty(), ownNumber(text));
  }
}
