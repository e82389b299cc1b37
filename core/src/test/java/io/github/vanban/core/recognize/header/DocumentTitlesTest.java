package io.github.vanban.core.recognize.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypesTest {

  @ParameterizedTest
  @CsvSource({
    "NQ, NQ, Nghị quyết",
    "ttr, TTr, Tờ trình",
    "QÐ, QĐ, Quyết định",
    "ctr, CTr, Chương trình"
  })
  void canonicalisesCodes(String code, String canonical, String name) {
    assertEquals(Optional.of(canonical), DocumentTitles.canonicalCode(code));
    assertEquals(Optional.of(name), DocumentTitles.name(code));
  }

  @ParameterizedTest
  @CsvSource({"NGHỊ QUYẾT, NQ, Nghị quyết", "TỜ TRÌNH, TTr, Tờ trình", "QUY ĐỊNH, QyĐ, Quy định"})
  void readsTitles(String title, String code, String name) {
    assertEquals(Optional.of(title), DocumentTitles.title(title));
    assertEquals(Optional.of(code), DocumentTitles.codeOfTitle(title));
    assertEquals(name, DocumentTitles.titleName(title));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ | QUYẾT ĐỊNH
          NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ                 | NGHỊ QUYẾT
          """)
  void readsTheTitleBeforeItsOwner(String line, String title) {
    assertEquals(Optional.of(title), DocumentTitles.title(line));
  }

  @Test
  void treatsThePartyQuyDinhAsTheSameType() {
    assertTrue(DocumentTitles.sameType("QĐ", "QyĐ"));
    assertTrue(DocumentTitles.sameType("NQ", "NQ"));
    assertTrue(!DocumentTitles.sameType("QĐ", "CTr"));
  }

  @Test
  void unknownCodesAndTitlesGiveNothing() {
    assertTrue(DocumentTitles.title("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH").isEmpty());
    assertTrue(DocumentTitles.canonicalCode("TTXT").isEmpty());
    assertTrue(DocumentTitles.codeOfTitle("LUẬT").isEmpty());
    assertTrue(DocumentTitles.codeOfTitle("HỘI ĐỒNG NHÂN DÂN").isEmpty());
  }
}
