package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberCommandTest extends IndexedCorpusFixture {

  @Test
  void printsTheDocumentAndItsCitations() {
    assertEquals(0, cli.run("number", "205/nq-hdnd", "--index", index));
    assertEquals(
        """
        205/NQ-HĐND
        Document
          SOURCE              TYPE  ISSUED      ISSUER                             TITLE
          nq/nq-205-2024.txt  NQ    2024-07-10  Hội đồng nhân dân tỉnh Quảng Ninh  Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024
        Cited by 2 documents
          SOURCE             NUMBER      RELATION  SNIPPET
          bc/bc-45-2024.txt  45/BC-UBND  MENTIONS  Thực hiện Nghị quyết 205/NQ-HĐND, tỉnh đã triển khai nhiều giải pháp.
          nq/nq-12-2025.txt  12/NQ-HĐND  BASED_ON  Căn cứ Nghị quyết số 205/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh.
        """,
        cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void printsOutputMdJson() {
    assertEquals(0, cli.run("number", "205/NQ-HÐND", "--json", "--index", index));
    String json = cli.out();
    assertTrue(
        json.startsWith(
            "{\"query\":\"205/NQ-HÐND\",\"number\":\"205/NQ-HĐND\",\"documents\":[{\"source\":"
                + "\"nq/nq-205-2024.txt\",\"header\":{\"number\":\"205/NQ-HĐND\",\"type\":\"NQ\""),
        json);
    assertTrue(
        json.contains(
            "\"citedBy\":[{\"source\":\"bc/bc-45-2024.txt\",\"number\":\"45/BC-UBND\","
                + "\"relation\":\"MENTIONS\",\"snippet\":\"Thực hiện Nghị quyết 205/NQ-HĐND,"),
        json);
    assertEquals(1, json.lines().count());
  }

  @Test
  void unknownNumberIsNoError() {
    assertEquals(0, cli.run("number", "1/QĐ-TTg", "--index", index));
    assertEquals("No document numbered 1/QĐ-TTg and no citation of it.\n", cli.out());
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    assertEquals(2, cli.run("number", "NQ-HĐND", "--index", index));
    assertEquals("vanban: not a document number: 'NQ-HĐND'\n", cli.err());
    assertEquals(2, cli.run("number", "205/NQ-HĐND", "--index", dir.resolve("none").toString()));
    assertTrue(cli.err().startsWith("vanban: no index at "), cli.err());
    assertEquals(1, cli.err().lines().count());
    assertEquals(2, cli.run("number"));
  }

  @Test
  void longSnippetsAreShiftedToShowTheNumber() {
    String head =
        "Các cơ quan, đơn vị cần đề xuất giải pháp cụ thể để bảo đảm mục tiêu tăng trưởng cả năm";
    String snippet = head + " theo Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh.";
    String shown = NumberCommand.around(snippet, "12/NQ-HĐND");
    assertTrue(shown.startsWith("…"), shown);
    assertTrue(shown.indexOf("12/NQ-HĐND") < 90, shown);
    assertEquals("Căn cứ 12/NQ-HĐND.", NumberCommand.around("Căn cứ 12/NQ-HĐND.", "12/NQ-HĐND"));
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, cli.run("number", "--help"));
    assertTrue(cli.out().contains("--index=PATH"), cli.out());
    assertEquals(0, cli.run("number", "--version"));
    assertTrue(cli.out().startsWith("vanban "), cli.out());
  }
}
