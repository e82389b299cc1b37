package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.search.testing.FolderIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest extends IndexedCorpusFixture {

  @Test
  void printsRankedHitsWithSnippetsAndFacets() {
    assertEquals(0, cli.run("search", "kinh tế di sản", "--index", index, "-n", "1"));
    String out = cli.out();
    assertTrue(out.startsWith("3 documents match\n\n 1. tin/di-san.txt  ("), out);
    assertTrue(
        out.contains("\n    Quảng Ninh phát triển kinh tế di sản Tỉnh đẩy mạnh kinh tế di sản"),
        out);
    assertTrue(
        out.endsWith(
            "\n\ntype: BC 1\nissuer: Ủy ban nhân dân tỉnh Quảng Ninh 1\n"
                + "year: 2024 1\nformat: txt 3\n"),
        out);
  }

  @Test
  void aHitsLineSaysWhereItsMatchesStandInTheSampleResolution(@TempDir Path other)
      throws IOException {
    String resolution = FolderIndex.ofSamples(other, "nq-12-2024-hdnd-tinh.docx").toString();
    assertEquals(0, cli.run("search", "\"bảo hiểm y tế\"", "--index", resolution));
    List<String> lines = cli.out().lines().toList();
    assertTrue(lines.get(2).startsWith(" 1. nq-12-2024-hdnd-tinh.docx  ("), cli.out());
    assertTrue(lines.get(2).endsWith(")  Điều 2, khoản 2, điểm k"), cli.out());
    assertEquals(0, cli.run("search", "kinh tế di sản", "--index", index, "-n", "1"));
    assertTrue(cli.out().lines().toList().get(2).endsWith(")"), cli.out());
  }

  @Test
  void printsOutputMdJsonWithHtmlSnippets() {
    assertEquals(
        0, cli.run("search", "kinh te di san", "--type", "bc", "--json", "--index", index));
    String json = cli.out();
    assertTrue(
        json.startsWith(
            "{\"query\":\"kinh te di san\",\"total\":1,\"hits\":[{\"source\":"
                + "\"bc/bc-45-2024.txt\",\"score\":"),
        json);
    assertTrue(json.contains("<b>Kinh tế</b> tư nhân"), json);
    assertTrue(
        json.endsWith(
            "\"facets\":{\"type\":{\"BC\":1},\"issuer\":{\"Ủy ban nhân dân tỉnh"
                + " Quảng Ninh\":1},\"year\":{\"2024\":1},\"format\":{\"txt\":1}}}\n"),
        json);
  }

  @Test
  void printsCsvWithPlainSnippets() {
    assertEquals(0, cli.run("search", "kinh te di san", "--type", "bc", "--csv", "--index", index));
    List<String> lines = cli.out().lines().toList();
    assertEquals(
        List.of("rank,source,score,number,type,issued,title,snippet"), lines.subList(0, 1));
    assertEquals(2, lines.size(), cli.out());
    assertTrue(lines.get(1).startsWith("1,bc/bc-45-2024.txt,"), lines.get(1));
    assertTrue(lines.get(1).contains(",45/BC-UBND,BC,"), lines.get(1));
    assertTrue(lines.get(1).contains("Kinh tế tư nhân"), lines.get(1));
    assertFalse(lines.get(1).contains("<b>"), lines.get(1));
  }

  @Test
  void filtersByIssueDate() {
    assertEquals(0, cli.run("search", "", "--from", "2025", "--index", index, "--json"));
    assertTrue(cli.out().contains("\"total\":1,"), cli.out());
    assertEquals(0, cli.run("search", "", "--to", "2024-07", "--index", index, "--json"));
    assertTrue(cli.out().contains("\"total\":1,"), cli.out());
  }

  @Test
  void noHitIsNoError() {
    assertEquals(0, cli.run("search", "tàu vũ trụ", "--index", index));
    assertEquals("0 documents match\n", cli.out());
  }

  @Test
  void malformedQueryIsOneLineAndExitTwo() {
    assertEquals(2, cli.run("search", "kinh tế AND", "--index", index));
    assertEquals(
        "vanban: invalid query: the query ends where a word is needed (after AND, OR, NOT, + or"
            + " -?)\n",
        cli.err());
    assertEquals(2, cli.run("search", "x", "--from", "2025", "--to", "2024", "--index", index));
    assertEquals(1, cli.err().lines().count(), cli.err());
  }

  @Test
  void parserErrorsAreSaidInWordsNotInLuceneTerms() {
    assertEquals(2, cli.run("search", "\"unbalanced", "--index", index));
    assertEquals("vanban: invalid query: a quotation mark is not closed\n", cli.err());
    assertEquals(2, cli.run("search", "AND", "--index", index));
    assertEquals(
        "vanban: invalid query: AND, OR and NOT join two words; quote them to search for them"
            + " (\"AND\")\n",
        cli.err());
    assertEquals(2, cli.run("search", "*", "--index", index));
    assertEquals("vanban: invalid query: a word cannot start with * or ?\n", cli.err());
    assertEquals(2, cli.run("search", "(kinh tế", "--index", index));
    assertEquals("vanban: invalid query: a bracket is not closed\n", cli.err());
  }

  @Test
  void aLongQueryIsSearchedOrRefusedShortlyNeverEchoed() {
    String words = "kinh tế di sản ".repeat(200).strip();
    assertEquals(0, cli.run("search", words, "--index", index));
    assertTrue(cli.out().startsWith("3 documents match"), cli.out());
    String huge = "kinh tế di sản ".repeat(2000).strip();
    assertEquals(2, cli.run("search", huge, "--index", index));
    assertEquals(
        "vanban: invalid query: the query has 8000 words; at most 1000 are searched\n", cli.err());
  }

  @Test
  void aTooComplexRegularExpressionIsABadQueryExitTwo() {
    assertEquals(2, cli.run("search", "/[ab]*a[ab]{24}/", "--index", index));
    assertTrue(
        cli.err().startsWith("vanban: invalid query: the regular expression is too complex"),
        cli.err());
    assertEquals(1, cli.err().lines().count(), cli.err());
  }

  @Test
  void snippetsBecomeTerminalText() {
    assertEquals(
        "a \u001B[1mb\u001B[0m <c> & 'd'",
        SearchCommand.terminalText("a <b>b</b> &lt;c&gt; &amp; &#39;d&#39;", true));
    assertEquals("a b", SearchCommand.terminalText("a <b>b</b>", false));
    assertEquals(
        "[2J]0;x bị lừa",
        SearchCommand.terminalText("\u001B[2J\u001B]0;x\u0007 bị \u009Blừa", false));
  }
}
