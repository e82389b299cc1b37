package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypesTest {

  private final DocumentTypes types = DocumentTypes.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NQ   | NQ   | Nghị quyết
          nq   | NQ   | Nghị quyết
          QD   | QĐ   | Quyết định
          qđ   | QĐ   | Quyết định
          TTR  | TTr  | Tờ trình
          ctr  | CTr  | Chương trình
          HD   | HD   | Hướng dẫn
          HĐ   | HĐ   | Hợp đồng
          ND   | NĐ   | Nghị định
          DA   | DA   | Dự án
          ĐA   | ĐA   | Đề án
          KH   | KH   | Kế hoạch
          TB   | TB   | Thông báo
          CV   | CV   | Công văn
          """)
  void canonicalisesTypeCodes(String code, String type, String name) {
    assertEquals(Optional.of(type), types.canonicalType(code));
    assertEquals(Optional.of(name), types.typeName(type));
  }

  @Test
  void knowsNoIssuerAsAType() {
    assertEquals(Optional.empty(), types.canonicalType("UBND"));
    assertEquals(Optional.empty(), types.canonicalType("VP"));
    assertEquals(Optional.empty(), types.typeName("QH15"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HDND    | HĐND
          hđnd    | HĐND
          CTHDND  | CTHĐND
          BCDTW   | BCĐTW
          TTG     | TTg
          UBND    | UBND
          ĐTDN    | ĐTDN
          PC06    | PC06
          """)
  void restoresIssuerSpellings(String part, String canonical) {
    assertEquals(canonical, types.canonicalIssuerPart(part));
  }

  @Test
  void knowsMixedCaseAbbreviationsWithACapitalFirst() {
    assertTrue(types.isMixedCaseAbbreviation("TTr"));
    assertTrue(types.isMixedCaseAbbreviation("TTg"));
    assertTrue(types.isMixedCaseAbbreviation("Ttr"));
    assertFalse(types.isMixedCaseAbbreviation("ttr"));
    assertFalse(types.isMixedCaseAbbreviation(""));
    assertFalse(types.isMixedCaseAbbreviation("Đa"));
    assertFalse(types.isMixedCaseAbbreviation("NQ"));
  }

  @Test
  void listsNounsLongestFirst() {
    List<String> nouns = types.nouns();
    assertTrue(nouns.indexOf("Thông báo kết luận") < nouns.indexOf("Thông báo"));
    assertTrue(nouns.indexOf("Chương trình hành động") < nouns.indexOf("Chương trình"));
    assertTrue(nouns.contains("Luật"));
  }
}
