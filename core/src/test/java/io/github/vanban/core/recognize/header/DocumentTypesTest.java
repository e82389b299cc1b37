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
    assertEquals(Optional.of(canonical), DocumentTypes.canonicalCode(code));
    assertEquals(Optional.of(name), DocumentTypes.name(code));
  }

  @ParameterizedTest
  @CsvSource({"NGHỊ QUYẾT, NQ, Nghị quyết", "TỜ TRÌNH, TTr, Tờ trình", "QUY ĐỊNH, QyĐ, Quy định"})
  void readsTitles(String title, String code, String name) {
    assertEquals(Optional.of(title), DocumentTypes.title(title));
    assertEquals(Optional.of(code), DocumentTypes.codeOfTitle(title));
    assertEquals(name, DocumentTypes.titleName(title));
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
    assertEquals(Optional.of(title), DocumentTypes.title(line));
  }

  @Test
  void treatsThePartyQuyDinhAsTheSameType() {
    assertTrue(DocumentTypes.sameType("QĐ", "QyĐ"));
    assertTrue(DocumentTypes.sameType("NQ", "NQ"));
    assertTrue(!DocumentTypes.sameType("QĐ", "CTr"));
  }

  @Test
  void unknownCodesAndTitlesGiveNothing() {
    assertTrue(DocumentTypes.title("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH").isEmpty());
    assertTrue(DocumentTypes.canonicalCode("TTXT").isEmpty());
    assertTrue(DocumentTypes.codeOfTitle("LUẬT").isEmpty());
    assertTrue(DocumentTypes.codeOfTitle("HỘI ĐỒNG NHÂN DÂN").isEmpty());
  }
}
