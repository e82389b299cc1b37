package io.github.vanban.solr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.vanban.search.query.InvalidQueryException;
import io.github.vanban.search.query.ParsedSearch;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.junit.Test;

/** How the local query comes out in Solr's syntax. */
public class SolrQueryWriterTest {

  @Test
  public void termsArePassedAsParametersNotAnalysedAgain() {
    SolrQueryWriter w = SolrQueryWriter.of(ParsedSearch.parse("kinh tế").query(), "vq");
    assertEquals(
        "(+(+_query_:\"{!term f=text_folded v=$vq0}\" +_query_:\"{!term f=text_folded v=$vq1}\")"
            + " ((_query_:\"{!term f=text v=$vq2}\"))^2.0"
            + " (_query_:\"{!term f=text_bigrams v=$vq3}\")^1.0)",
        w.text());
    assertEquals("kinh", w.params().get("vq0"));
    assertEquals("te", w.params().get("vq1"));
    assertEquals("tế", w.params().get("vq2"));
    assertEquals("kinh te", w.params().get("vq3"));
  }

  @Test
  public void aPhraseOfBigramsIsWrittenAsTheTextThatGivesThemBack() {
    SolrQueryWriter w = SolrQueryWriter.of(ParsedSearch.parse("\"kinh tế di sản\"").query(), "p");
    assertTrue(w.text(), w.text().startsWith("(+_query_:\"{!lucene v=$p0}\""));
    assertEquals("text_bigrams:\"kinh te di san\"", w.params().get("p0"));
    assertEquals("text:\"kinh tế di sản\"", w.params().get("p1"));
  }

  @Test
  public void yearsDatesAndNumbersUseTheirFields() {
    assertEquals(
        "year:[2024 TO *]",
        SolrQueryWriter.of(ParsedSearch.parse("year:[2024 TO *]").query(), "q").text());
    SolrQueryWriter dates = SolrQueryWriter.of(ParsedSearch.parse("date:2025-03").query(), "q");
    assertEquals("_query_:\"{!field f=dates op=Intersects v=$q0}\"", dates.text());
    assertEquals("[2025-03-01 TO 2025-03-31]", dates.params().get("q0"));
    SolrQueryWriter number =
        SolrQueryWriter.of(ParsedSearch.parse("number:205/nq-hdnd").query(), "q");
    assertEquals("_query_:\"{!term f=number_key v=$q0}\"", number.text());
  }

  @Test
  public void aQuerySolrCannotSayAlikeIsRefused() {
    MultiPhraseQuery q =
        new MultiPhraseQuery.Builder()
            .add(new Term[] {new Term("text", "a"), new Term("text", "b")})
            .build();
    assertThrows(InvalidQueryException.class, () -> SolrQueryWriter.of(q, "q"));
  }
}
