package io.github.vanban.solr;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.search.query.Citation;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchHit;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import io.github.vanban.search.testing.QueryChecks;
import io.github.vanban.search.testing.ReadBackChecks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.junit.Test;

/**
 * The samples indexed into SolrCloud through {@link SolrIndex} answer vanban's four queries with
 * the records, and so the JSON, the local index gives for the same folder; the configset analyses
 * as vanban does, nests each file's metrics and references, and answers the block joins and the
 * Solr requests of docs/SOLR.md.
 */
public class SolrQueryTest extends SamplesCluster {

  /** Runs {@code check} on the local index and the collection. */
  private static void againstLocal(QueryChecks.Check<SolrIndex> check) throws IOException {
    QueryChecks.againstLocal(localIndex, () -> SolrIndex.open(url, COLLECTION), check);
  }

  @Test
  public void numberLookupsPrintTheLocalJson() throws Exception {
    againstLocal(
        (local, solr) -> {
          QueryChecks.assertNumbersAsLocal(local, solr);
          for (String number : QueryChecks.NUMBERS) {
            assertEquals(number, local.number(number), solr.number(number));
          }
        });
  }

  @Test
  public void metricQueriesPrintTheLocalJson() throws Exception {
    againstLocal(
        (local, solr) -> {
          QueryChecks.assertMetricsAsLocal(local, solr);
          for (MetricQuery q : QueryChecks.METRICS) {
            // The same rows, the mentions' text included: the tables print alike too.
            assertEquals(q.toString(), local.metrics(q), solr.metrics(q));
          }
        });
  }

  @Test
  public void filesReadBackAsTheLocalIndexHoldsThem() throws Exception {
    againstLocal(ReadBackChecks::assertFilesReadBackAsLocal);
  }

  @Test
  public void searchesPrintTheLocalJson() throws Exception {
    List<SearchQuery> queries = new ArrayList<>(QueryChecks.SEARCHES);
    queries.add(SearchQuery.of("date:2025-03"));
    againstLocal(
        (local, solr) -> {
          QueryChecks.assertSearchesAsLocal(local, solr, queries);
          for (SearchQuery q : queries) {
            assertEquals(q.toString(), local.search(q), solr.search(q));
          }
        });
  }

  @Test
  public void queriesWithNoMatchPrintTheLocalJson() throws Exception {
    againstLocal(
        (local, solr) -> {
          SearchQuery none = SearchQuery.of("tàu vũ trụ sao hỏa");
          assertEquals(JSON.write(local.search(none)), JSON.write(solr.search(none)));
          assertEquals(0, solr.search(none).total());
          assertEquals(
              JSON.write(local.number("999/NQ-XYZ")), JSON.write(solr.number("999/NQ-XYZ")));
          assertNull(solr.number("999/NQ-XYZ").number());
          MetricQuery unknown = MetricQuery.of("khong_co");
          assertEquals(JSON.write(local.metrics(unknown)), JSON.write(solr.metrics(unknown)));
          assertEquals(0, solr.metrics(unknown).total());
        });
  }

  @Test
  public void statsPrintTheLocalJson() throws Exception {
    againstLocal(
        (local, solr) -> {
          assertEquals(JSON.write(local.stats()), JSON.write(solr.stats()));
          assertEquals(local.stats(), solr.stats());
          assertEquals(localReport.added(), solr.stats().documents());
          assertEquals(solr.stats().documents(), solr.held().size());
        });
  }

  @Test
  public void theConfigsetMatchesWithoutDiacriticsAndEverySpellingOfANumber() throws Exception {
    assertEquals(count("text_folded:\"kinh tế di sản\""), count("text_folded:\"kinh te di san\""));
    assertTrue(count("text_folded:\"kinh te di san\"") > 0);
    assertTrue(count("text:\"kinh tế di sản\"") > 0);
    assertEquals(0, count("text:\"kinh te di san\""));
    long twelve = count("number_key:\"12/NQ-HĐND\"");
    assertTrue("12/NQ-HĐND documents: " + twelve, twelve >= 2);
    for (String spelling : List.of("12/nq-hdnd", "0012 / NQ – HĐND", "12/NQ-HDND")) {
      assertEquals(spelling, twelve, count("number_key:\"" + spelling + "\""));
    }
    assertEquals(count("type_key:NQ"), count("type_key:nq"));
  }

  @Test
  public void aBlockJoinFindsTheResolutionsWithATargetFdiMetricFor2025() throws Exception {
    Set<String> found =
        select(
            "q",
            "{!parent which=\"kind:doc\"}(+indicator:fdi +status:TARGET"
                + " +_query_:\"{!field f=period_range op=Within}[2025 TO 2025]\")",
            "fq",
            "type_key:nq",
            "fl",
            "source,number,title");
    Set<String> expected = new TreeSet<>();
    try (Index local = Index.open(localIndex)) {
      MetricQuery fdi =
          MetricQuery.of("fdi")
              .withPeriod(DateValue.parse("2025"))
              .withStatus(MetricStatus.TARGET)
              .withAllFrom(0);
      for (MetricRow row : local.metrics(fdi).rows()) {
        if (local.search(SearchQuery.of("").withType("NQ").withLimit(100)).hits().stream()
            .anyMatch(h -> h.source().equals(row.source()))) {
          expected.add(row.source());
        }
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, found);
  }

  @Test
  public void metricsAndReferencesAreChildDocumentsUnderTheirNestPaths() throws Exception {
    try (Index local = Index.open(localIndex)) {
      IndexStats stats = local.stats();
      assertEquals(stats.metrics(), found("{!field f=_nest_path_}/metrics"));
      assertEquals(stats.documents(), found("*:* -_nest_path_:*"));
    }
    long refs = found("{!field f=_nest_path_}/refs");
    assertTrue("references: " + refs, refs > 0);
    assertEquals(found("kind:ref"), refs);
    // A file comes back with its mentions nested under "metrics" and "refs".
    String file = "nq-12-2024-hdnd-tinh.docx";
    SolrQuery q = new SolrQuery("{!term f=id}" + file);
    q.setFields("*", "[child limit=1000]");
    SolrDocument d = cluster.getSolrClient().query(COLLECTION, q).getResults().get(0);
    assertEquals(
        found("+kind:metric +source:\"" + file + "\""),
        ((List<?>) d.getFieldValue("metrics")).size());
    assertEquals(
        found("+kind:ref +source:\"" + file + "\""), ((List<?>) d.getFieldValue("refs")).size());
  }

  @Test
  public void aBlockJoinOnNestPathsAndPeriodDaysFindsTheSameFiles() throws Exception {
    // The parent filter of Solr's guide (roots have no nest path) and the period's first and
    // last days find what the period range finds.
    Set<String> byDays =
        select(
            "q",
            "{!parent which=\"*:* -_nest_path_:*\"}(+_nest_path_:\"/metrics\" +indicator:fdi"
                + " +status:TARGET +period_start:[2025-01-01T00:00:00Z TO *]"
                + " +period_end:[* TO 2025-12-31T00:00:00Z])");
    Set<String> byRange =
        select(
            "q",
            "{!parent which=\"kind:doc\"}(+indicator:fdi +status:TARGET"
                + " +_query_:\"{!field f=period_range op=Within}[2025 TO 2025]\")");
    assertTrue("files with a TARGET FDI metric for 2025: " + byRange, byRange.size() >= 3);
    assertEquals(byRange, byDays);
  }

  /**
   * The Solr requests docs/SOLR.md prints next to the commands (section 4), sent as printed (plus
   * {@code rows}): each answers what its command answers on the local index.
   */
  @Test
  public void theDocumentedSolrRequestsAnswerAsTheCommands() throws Exception {
    try (Index local = Index.open(localIndex)) {
      NumberResult twelve = local.number("12/nq-hdnd");
      Set<String> numbered =
          select("q", "number_key:\"12/nq-hdnd\"", "fq", "kind:doc", "fl", "source,number,issued");
      assertEquals(sourcesOf(twelve.documents(), DocumentSummary::source), numbered);
      Set<String> mentioning =
          select(
              "q", "ref_key:\"0012 / NQ – HĐND\"",
              "fq", "kind:ref",
              "fl", "source,relation,mention_text,sentence");
      Set<String> citing = new TreeSet<>(mentioning);
      citing.removeAll(numbered);
      assertEquals(sourcesOf(twelve.citedBy(), Citation::source), citing);
      assertEquals(
          sourcesOf(
              local.search(SearchQuery.of("cites:12/nq-hdnd").withLimit(100)).hits(),
              SearchHit::source),
          select("q", "cites:\"12/NQ-HĐND\"", "fq", "kind:doc"));

      MetricQuery fdi =
          MetricQuery.of("fdi")
              .withPeriod(DateValue.parse("2025"))
              .withStatus(MetricStatus.TARGET)
              .withAllFrom(0);
      List<String> rows = new ArrayList<>();
      for (MetricRow r : local.metrics(fdi).rows()) {
        rows.add(r.source() + " " + r.period() + " " + r.value() + " " + r.unit());
      }
      List<String> requested = new ArrayList<>();
      for (SolrDocument d :
          request(
                  "q", "*:*",
                  "fq", "kind:metric",
                  "fq", "indicator:fdi",
                  "fq", "status:TARGET",
                  "fq", "{!field f=period_range op=Within}[2025 TO 2025]",
                  "sort", "period_start asc, period_end asc, source asc, start asc",
                  "fl", "source,period,status,value,unit,sentence")
              .getResults()) {
        requested.add(
            d.getFirstValue("source")
                + " "
                + d.getFirstValue("period")
                + " "
                + d.getFirstValue("value")
                + " "
                + d.getFirstValue("unit"));
      }
      assertFalse(rows.isEmpty());
      assertEquals(rows, requested);

      Set<String> citingTheParty =
          sourcesOf(
              local.search(SearchQuery.of("cites:05-NQ/TU").withLimit(100)).hits(),
              SearchHit::source);
      QueryResponse children =
          request(
              "q", "{!child of=\"kind:doc\"}cites:\"05-NQ/TU\"",
              "fq", "kind:metric",
              "fl", "source,indicator,period,value,unit");
      long theirMetrics = 0;
      for (String source : citingTheParty) {
        theirMetrics += found("+kind:metric +source:\"" + source + "\"");
      }
      assertTrue("metrics of the files citing 05-NQ/TU: " + theirMetrics, theirMetrics > 0);
      assertEquals(theirMetrics, children.getResults().getNumFound());

      SearchResult heritage = local.search(SearchQuery.of("kinh te di san").withType("NQ"));
      QueryResponse words =
          request(
              "q", "text_folded:(kinh te di san)",
              "q.op", "AND",
              "fq", "kind:doc",
              "fq", "type_key:NQ",
              "fl", "source,title,score");
      assertTrue(heritage.total() > 0);
      assertEquals(heritage.total(), words.getResults().getNumFound());
      assertEquals(
          sourcesOf(heritage.hits(), SearchHit::source),
          sourcesOf(words.getResults(), d -> (String) d.getFirstValue("source")));
      SearchResult march = local.search(SearchQuery.of("date:2025-03").withLimit(100));
      assertTrue(march.total() > 0);
      assertEquals(
          sourcesOf(march.hits(), SearchHit::source),
          select("q", "dates:[2025-03-01 TO 2025-03-31]", "fq", "kind:doc"));

      IndexStats stats = local.stats();
      QueryResponse facets =
          request(
              "q",
              "*:*",
              "fq",
              "kind:doc",
              "rows",
              "0",
              "json.facet",
              "{type:{type:terms,field:type,limit:-1}, year:{type:terms,field:year,limit:-1},"
                  + " issuer:{type:terms,field:issuer,limit:-1},"
                  + " references:\"sum(n_references)\"}");
      Map<String, Map<String, Integer>> counts =
          SolrFacets.counts(facets, List.of("type", "year", "issuer"));
      assertEquals(stats.byType(), counts.get("type"));
      assertEquals(stats.byYear(), counts.get("year"));
      assertEquals(stats.byIssuer(), counts.get("issuer"));
      assertEquals(stats.references(), SolrFacets.sum(facets, "references"));
    }
  }

  private static long count(String query) throws Exception {
    SolrQuery q = new SolrQuery(query);
    q.addFilterQuery("kind:doc");
    q.setRows(0);
    return cluster.getSolrClient().query(COLLECTION, q).getResults().getNumFound();
  }
}
