package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseQueryParserTest {

  private static String parse(String q) throws ParseException {
    return new VietnameseQueryParser().parse(q).toString();
  }

  @Test
  void wordsMustMatchFoldedAndScoreExactAndAdjacent() throws ParseException {
    assertEquals(
        "+(+text_folded:kinh +text_folded:te) (text:tế)^2.0 (text_bigrams:kinh te)^1.0",
        parse("kinh tế"));
  }

  @Test
  void accentlessWordsGetNoExactClause() throws ParseException {
    assertEquals(
        "+(+text_folded:kinh +text_folded:te) (text_bigrams:kinh te)^1.0", parse("kinh te"));
  }

  @Test
  void phrasesMatchTheirSyllableBigramsAndScoreExact() throws ParseException {
    assertEquals("+text_bigrams:kinh te (text:\"kinh tế\")^2.0", parse("\"Kinh Tế\""));
    assertEquals(
        "+text_bigrams:\"kinh te te so\" (text:\"kinh tế số\")^2.0", parse("\"kinh tế số\""));
  }

  @Test
  void aOneSyllablePhraseOrASloppyPhraseMatchesFolded() throws ParseException {
    assertEquals("+text_folded:so (text:số)^2.0", parse("\"số\""));
    assertEquals("+text_folded:\"kinh te\"~2 (text:\"kinh tế\"~2)^2.0", parse("\"kinh tế\"~2"));
  }

  @Test
  void weightsOfZeroLeaveTheClausesOut() throws ParseException {
    assertEquals(
        "+(+text_folded:kinh +text_folded:te)",
        new VietnameseQueryParser(0, 0).parse("kinh tế").toString());
  }

  @ParameterizedTest
  @CsvSource({
    "type:QĐ, type_key:qd",
    "'number:\"0205/nq-hdnd\"', number_key:205/NQ-HDND",
    "'cites:\"205/NQ-HĐND\"', cites:205/NQ-HDND",
    "year:2024, year:[2024 TO 2024]",
    "'year:[2020 TO 2024}', year:[2020 TO 2023]",
    "issuer:(Hà Nội), +issuer_folded:ha +issuer_folded:noi",
    "title:đầu*, title_folded:dau*",
    "sản*, text_folded:san*",
    "date:2024-Q4, 'dates:<ranges:[19997 : 20088]>'",
    "'date:[2024-01 TO 2024-06]', 'dates:<ranges:[19723 : 19904]>'"
  })
  void fieldsMapToTheSchema(String query, String expected) throws ParseException {
    assertEquals(expected, parse(query));
  }

  @ParameterizedTest
  @CsvSource({
    "foo:bar",
    "year:abc",
    "type:[a TO b]",
    "number:12*",
    "date:Q4",
    "'date:[* TO 2024]'"
  })
  void rejectsWhatTheSchemaCannotAnswer(String query) {
    assertThrows(ParseException.class, () -> parse(query));
  }

  @Test
  void punctuationOnlyGivesNoClause() throws ParseException {
    assertEquals("", parse("- ;"));
  }
}
