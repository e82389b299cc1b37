package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryErrorsTest {

  /**
   * Quotes and round brackets, escaped or quoted ones left out; a balanced query keeps the cause.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "kinh tế                | a quotation mark is not closed
          "kinh tế" "du lịch      | a quotation mark is not closed
          (kinh tế                | a bracket is not closed
          ((kinh) tế              | a bracket is not closed
          kinh) (tế               | a bracket is closed but never opened
          kinh) (tế (             | a bracket is closed but never opened
          "(" kinh (              | a bracket is not closed
          "a)" (b                 | a bracket is not closed
          \\" kinh (              | a bracket is not closed
          \\( kinh                | the parser's own message
          "(kinh tế" (du lịch)    | the parser's own message
          kinh tế                 | the parser's own message
          """)
  void namesTheUnclosedQuoteOrBracket(String query, String expected) {
    InvalidQueryException e =
        QueryErrors.explain(query, new ParseException("the parser's own message"));
    assertEquals("invalid query: " + expected, e.getMessage());
  }
}
