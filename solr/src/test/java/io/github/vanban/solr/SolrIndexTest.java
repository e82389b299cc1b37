package io.github.vanban.solr;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricRow;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.sync.FolderSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sample folder indexed into a real SolrCloud (two Jetty nodes, embedded ZooKeeper; a
 * collection of 2 shards with 2 replicas each, made by {@link SolrSetup}) through {@link SolrIndex}
 * answers vanban's queries with the JSON the local index prints for the same folder.
 */
@SolrTestCaseJ4.SuppressSSL
public class SolrIndexTest extends SolrCloudTestCase {

  private static final String COLLECTION = "samples";
  private static final QueryJsonWriter JSON = new QueryJsonWriter();

  private static String url;
  private static Path localIndex;
  private static IndexReport localReport;
  private static IndexReport solrReport;

  @BeforeClass
  public static void indexTheSamplesLocallyAndIntoSolr() throws Exception {
    configureCluster(2).configure();
    url =
        cluster.getJettySolrRunner(0).getBaseUrl()
            + ","
            + cluster.getJettySolrRunner(1).getBaseUrl();
    new SolrSetup(COLLECTION, 2, 2).run(url);
    Path samples = Samples.folder();
    localIndex = createTempDir("local").resolve("index");
    localReport = new Indexer(Samples.config()).index(samples, localIndex, ProgressListener.NONE);
    try (SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      solrReport = new FolderSync(Samples.config()).sync(samples, solr, ProgressListener.NONE);
    }
    System.out.println(
        "samples indexed locally in "
            + localReport.elapsed().toMillis()
            + " ms, into Solr in "
            + solrReport.elapsed().toMillis()
            + " ms");
  }

  @AfterClass
  public static void forget() {
    url = null;
    localIndex = null;
    localReport = null;
    solrReport = null;
  }

  @Test
  public void theRunReportsWhatTheLocalRunReports() {
    assertEquals(localReport.files(), solrReport.files());
    assertEquals(localReport.added(), solrReport.added());
    assertEquals(localReport.failures(), solrReport.failures());
    assertEquals(localReport.skipped(), solrReport.skipped());
    assertTrue("the samples hold broken files", solrReport.failures().size() >= 3);
  }

  @Test
  public void numberLookupsPrintTheLocalJson() throws Exception {
    for (String number : List.of("12/nq-hdnd", "205/NQ-HĐND", "05-NQ/TU", "0012 / NQ – HĐND")) {
      try (Index local = Index.open(localIndex);
          SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
        assertEquals(number, JSON.write(local.number(number)), JSON.write(solr.number(number)));
        assertNotNull(number, solr.number(number).number());
      }
    }
  }

  @Test
  public void metricQueriesPrintTheLocalJson() throws Exception {
    List<MetricQuery> queries =
        List.of(
            MetricQuery.of("grdp_growth").withAllFrom(0),
            MetricQuery.of("fdi"),
            MetricQuery.of("fdi")
                .withPeriod(DateValue.parse("2025"))
                .withStatus(MetricStatus.TARGET),
            MetricQuery.of("grdp_growth").withValues(9.0, null).withPage(1, 2),
            MetricQuery.of("grdp_growth").withPage(0, 0));
    try (Index local = Index.open(localIndex);
        SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      for (MetricQuery q : queries) {
        assertEquals(q.toString(), JSON.write(local.metrics(q)), JSON.write(solr.metrics(q)));
        assertTrue(q.toString(), solr.metrics(q).total() > 0);
      }
    }
  }

  @Test
  public void filesReadBackAsTheLocalIndexHoldsThem() throws Exception {
    try (Index local = Index.open(localIndex);
        SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      for (String source :
          List.of("nq-12-2024-hdnd-tinh.pdf", "bc-ubnd-kinhte-2024.docx", "cv-ubnd-2025.pdf")) {
        assertEquals(source, local.document(source), solr.document(source));
        assertEquals(source, local.summary(source), solr.summary(source));
        assertTrue(source, solr.document(source).get().text().length() > 100);
      }
      assertTrue(solr.document("no-such-file.pdf").isEmpty());
      assertTrue(solr.summary("nq-12-2024-hdnd-tinh").isEmpty());
    }
  }

  @Test
  public void searchesPrintTheLocalJson() throws Exception {
    List<SearchQuery> queries =
        List.of(
            SearchQuery.of("kinh te di san"),
            SearchQuery.of("kinh tế di sản").withType("NQ"),
            SearchQuery.of("\"kinh tế di sản\""),
            SearchQuery.of("du lịch OR biển -đảo"),
            SearchQuery.of("cites:205/nq-hdnd"),
            SearchQuery.of("title:\"kế hoạch\" year:[2024 TO 2025]"),
            SearchQuery.of("dau tu*").withIssuer("uy ban nhan dan"),
            SearchQuery.of("").withIssued(java.time.LocalDate.of(2024, 1, 1), null),
            SearchQuery.of("date:2025-03"));
    try (Index local = Index.open(localIndex);
        SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      for (SearchQuery q : queries) {
        assertEquals(q.toString(), JSON.write(local.search(q)), JSON.write(solr.search(q)));
        assertTrue(q.toString(), solr.search(q).total() > 0);
      }
    }
  }

  @Test
  public void queriesWithNoMatchPrintTheLocalJson() throws Exception {
    try (Index local = Index.open(localIndex);
        SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      SearchQuery none = SearchQuery.of("tàu vũ trụ sao hỏa");
      assertEquals(JSON.write(local.search(none)), JSON.write(solr.search(none)));
      assertEquals(0, solr.search(none).total());
      assertEquals(JSON.write(local.number("999/NQ-XYZ")), JSON.write(solr.number("999/NQ-XYZ")));
      assertNull(solr.number("999/NQ-XYZ").number());
      MetricQuery unknown = MetricQuery.of("khong_co");
      assertEquals(JSON.write(local.metrics(unknown)), JSON.write(solr.metrics(unknown)));
      assertEquals(0, solr.metrics(unknown).total());
    }
  }

  @Test
  public void statsPrintTheLocalJson() throws Exception {
    try (Index local = Index.open(localIndex);
        SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      assertEquals(JSON.write(local.stats()), JSON.write(solr.stats()));
      assertEquals(localReport.added(), solr.stats().documents());
      assertEquals(solr.stats().documents(), solr.held().size());
    }
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
    SolrQuery q =
        new SolrQuery(
            "{!parent which=\"kind:doc\"}(+indicator:fdi +status:TARGET"
                + " +_query_:\"{!field f=period_range op=Within}[2025 TO 2025]\")");
    q.addFilterQuery("type_key:nq");
    q.setFields("source");
    q.setRows(100);
    Set<String> found = new TreeSet<>();
    cluster
        .getSolrClient()
        .query(COLLECTION, q)
        .getResults()
        .forEach(d -> found.add((String) d.getFirstValue("source")));
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
  public void aNodeStoppedMidIndexingLosesNothing() throws Exception {
    String collection = "failover";
    new SolrSetup(collection, 2, 2).run(url);
    IndexerConfig config = Samples.config().withCommits(Duration.ofSeconds(1), 2);
    JettySolrRunner stopped = null;
    try (SolrIndex solr = SolrIndex.open(url, collection)) {
      AtomicReference<JettySolrRunner> down = new AtomicReference<>();
      ProgressListener stopAfterFour =
          p -> {
            if (p.done() == 4 && down.get() == null) {
              try {
                down.set(cluster.stopJettySolrRunner(1));
              } catch (Exception e) {
                throw new IllegalStateException("stopping a node failed", e);
              }
            }
          };
      IndexReport first = null;
      try {
        first = new FolderSync(config).sync(Samples.folder(), solr, stopAfterFour);
        System.out.println(
            "with a node stopped after 4 files, the run completed: "
                + first.added()
                + " added, "
                + first.failures().size()
                + " failed");
      } catch (IOException e) {
        // The node held shard leaders: updates failed until the other replicas took over.
        System.out.println("with a node stopped after 4 files, the run stopped: " + e);
      }
      stopped = down.get();
      assertNotNull("the node was stopped", stopped);
      // The rerun starts once each shard has a leader again on the node left: one replica each.
      cluster.waitForActiveCollection(collection, 2, 2);
      for (String shard : List.of("shard1", "shard2")) {
        cluster.getZkStateReader().getLeaderRetry(collection, shard, 60_000);
      }
      IndexReport rerun = rerunAfterFailover(config, solr);
      assertEquals(localReport.failures(), rerun.failures());
      assertEquals(localReport.added(), rerun.added() + rerun.updated() + rerun.unchanged());
      if (first != null) {
        assertEquals(localReport.added(), rerun.unchanged());
      }
      assertEquals(localReport.added(), solr.held().size());
      try (Index local = Index.open(localIndex)) {
        assertEquals(JSON.write(local.stats()), JSON.write(solr.stats()));
        MetricQuery all = MetricQuery.of("fdi").withAllFrom(0);
        assertEquals(JSON.write(local.metrics(all)), JSON.write(solr.metrics(all)));
      }
    } finally {
      if (stopped != null) {
        cluster.startJettySolrRunner(stopped);
        cluster.waitForActiveCollection(collection, 2, 4);
        cluster.waitForActiveCollection(COLLECTION, 2, 4);
      }
    }
  }

  /**
   * Reruns the sync as a user would after a failover: a leader just elected may still refuse to
   * distribute a commit ("No leader replicas available") for a moment, and running again is what
   * the user does; three tries, a few seconds apart.
   */
  private static IndexReport rerunAfterFailover(IndexerConfig config, SolrIndex solr)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return new FolderSync(config).sync(Samples.folder(), solr, ProgressListener.NONE);
      } catch (IOException e) {
        if (attempt == 3) {
          throw e;
        }
        System.out.println("rerun " + attempt + " after the failover stopped: " + e);
        Thread.sleep(5_000);
      }
    }
  }

  @Test
  public void aBadFileIsReportedAndItsNeighboursIndexed() throws Exception {
    String collection = "badfiles";
    new SolrSetup(collection, 2, 2).run(url);
    Path folder = createTempDir("badfiles");
    for (String name :
        List.of(
            "van-ban-utf8.txt",
            "nq-12-2024-hdnd-tinh.docx",
            "nq-12-2024-hdnd-tinh-truncated.pdf",
            "nq-12-2024-hdnd-tinh-encrypted.pdf")) {
      Files.copy(Samples.folder().resolve(name), folder.resolve(name));
    }
    byte[] docx = Files.readAllBytes(Samples.folder().resolve("nq-12-2024-hdnd-tinh.docx"));
    Files.write(folder.resolve("hong.docx"), Arrays.copyOf(docx, docx.length / 2));
    IndexReport local =
        new Indexer(Samples.config())
            .index(folder, createTempDir("badfiles-index"), ProgressListener.NONE);
    try (SolrIndex solr = SolrIndex.open(url, collection)) {
      IndexReport r = new FolderSync(Samples.config()).sync(folder, solr, ProgressListener.NONE);
      assertEquals(local.failures(), r.failures());
      assertEquals(
          List.of(
              "hong.docx",
              "nq-12-2024-hdnd-tinh-encrypted.pdf",
              "nq-12-2024-hdnd-tinh-truncated.pdf"),
          r.failures().stream().map(Failure::source).toList());
      assertEquals(2, r.added());
      assertEquals(Set.of("van-ban-utf8.txt", "nq-12-2024-hdnd-tinh.docx"), solr.held().keySet());
      assertEquals(2, solr.stats().documents());
    }
  }

  @Test
  public void aChangedFileReplacesItsBlockAndADeletedOneLeaves() throws Exception {
    String collection = "changes";
    new SolrSetup(collection, 2, 2).run(url);
    Path folder = createTempDir("changes");
    for (String name :
        List.of("bc-ubnd-kinhte-2024.docx", "nq-12-2024-hdnd-tinh.docx", "van-ban-utf8.txt")) {
      Files.copy(Samples.folder().resolve(name), folder.resolve(name));
    }
    Path index = createTempDir("changes-index");
    try (SolrIndex solr = SolrIndex.open(url, collection)) {
      new Indexer(Samples.config()).index(folder, index, ProgressListener.NONE);
      new FolderSync(Samples.config()).sync(folder, solr, ProgressListener.NONE);
      Files.copy(
          Samples.folder().resolve("van-ban-utf8.txt"),
          folder.resolve("bc-ubnd-kinhte-2024.docx"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.delete(folder.resolve("nq-12-2024-hdnd-tinh.docx"));
      IndexReport local = new Indexer(Samples.config()).index(folder, index, ProgressListener.NONE);
      IndexReport r = new FolderSync(Samples.config()).sync(folder, solr, ProgressListener.NONE);
      assertEquals(List.of(1, 1, 1), List.of(r.updated(), r.unchanged(), r.removed()));
      assertEquals(
          List.of(local.updated(), local.unchanged(), local.removed()),
          List.of(r.updated(), r.unchanged(), r.removed()));
      try (Index reopened = Index.open(index)) {
        assertEquals(JSON.write(reopened.stats()), JSON.write(solr.stats()));
        MetricQuery fdi = MetricQuery.of("fdi").withAllFrom(0);
        assertEquals(JSON.write(reopened.metrics(fdi)), JSON.write(solr.metrics(fdi)));
        assertEquals(
            JSON.write(reopened.number("12/NQ-HĐND")), JSON.write(solr.number("12/NQ-HĐND")));
      }
      // No child of the replaced or the deleted file is left behind.
      SolrQuery children = new SolrQuery("kind:metric OR kind:ref");
      children.setRows(0);
      children.addFilterQuery(
          "source:(\"bc-ubnd-kinhte-2024.docx\" OR \"nq-12-2024-hdnd-tinh.docx\")");
      long left = cluster.getSolrClient().query(collection, children).getResults().getNumFound();
      SolrQuery copy = new SolrQuery("kind:metric OR kind:ref");
      copy.setRows(0);
      copy.addFilterQuery("source:\"van-ban-utf8.txt\"");
      assertEquals(
          cluster.getSolrClient().query(collection, copy).getResults().getNumFound(), left);
    }
  }

  private static long count(String query) throws Exception {
    SolrQuery q = new SolrQuery(query);
    q.addFilterQuery("kind:doc");
    q.setRows(0);
    return cluster.getSolrClient().query(COLLECTION, q).getResults().getNumFound();
  }

  /** The sample documents of the repository and how both runs index them. */
  static final class Samples {
    private Samples() {}

    static Path folder() {
      Path p = Path.of("..", "samples", "docs").toAbsolutePath().normalize();
      assertTrue("no sample folder at " + p, Files.isDirectory(p));
      return p;
    }

    /** One thread, so the local index holds the files in the order of their ids; no OCR. */
    static IndexerConfig config() {
      return IndexerConfig.DEFAULT
          .withThreads(1)
          .withExtractContext(IndexerConfig.DEFAULT.extractContext().withOcr(OcrMode.OFF));
    }
  }
}
