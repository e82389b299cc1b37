package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.github.vanban.extract.OcrMode;
import io.github.vanban.opensearch.client.OpenSearchConnection;
import io.github.vanban.opensearch.client.OpenSearchFiles;
import io.github.vanban.opensearch.client.OpenSearchIndex;
import io.github.vanban.opensearch.client.OpenSearchSetup;
import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.sync.FolderSync;
import io.github.vanban.search.testing.QueryChecks;
import io.github.vanban.search.testing.ReadBackChecks;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;

/**
 * The client path on a real cluster: the sample folder indexed through the port ({@link FolderSync}
 * into {@link OpenSearchIndex}) answers number, metric, full-text and stats queries with the JSON
 * the local Lucene index prints for the same folder; a rerun sends nothing; a data node stopped
 * during the sync loses no document; the folder sent as bytes through the cluster's pipeline
 * ({@link OpenSearchFiles}) gives the same documents.
 */
public class ClientIT extends VanbanClusterTestCase {

  private static final QueryJsonWriter JSON = new QueryJsonWriter();

  /** One thread, so the local index holds the files in the order of their ids; no OCR. */
  private static final IndexerConfig CONFIG =
      IndexerConfig.DEFAULT
          .withThreads(1)
          .withExtractContext(IndexerConfig.DEFAULT.extractContext().withOcr(OcrMode.OFF));

  private static Path localIndex;
  private static IndexReport localReport;
  private static IndexReport clusterReport;

  @Override
  protected void setupSuiteScopeCluster() throws Exception {
    super.setupSuiteScopeCluster();
    localIndex = createTempDir("local").resolve("index");
    localReport = new Indexer(CONFIG).index(SAMPLES, localIndex, ProgressListener.NONE);
    try (OpenSearchConnection os = connection()) {
      OpenSearchSetup.install(os, "samples");
    }
    createIndex2x1("samples");
    try (OpenSearchIndex os = open("samples")) {
      clusterReport = new FolderSync(CONFIG).sync(SAMPLES, os, ProgressListener.NONE);
    }
  }

  /** A connection to the cluster-manager node, which the fault test never stops. */
  private static OpenSearchConnection connection() {
    String manager = internalCluster().getClusterManagerName();
    HttpServerTransport http = internalCluster().getInstance(HttpServerTransport.class, manager);
    String address = http.boundAddress().publishAddress().toString();
    return OpenSearchConnection.of("http://" + address, Map.of());
  }

  private static OpenSearchIndex open(String index) {
    return OpenSearchIndex.open(connection(), index);
  }

  public void testTheRunReportsWhatTheLocalRunReports() throws IOException {
    assertThat(clusterReport.files(), equalTo(localReport.files()));
    assertThat(clusterReport.added(), equalTo(localReport.added()));
    assertThat(clusterReport.failures(), equalTo(localReport.failures()));
    assertThat(clusterReport.failures().size(), greaterThanOrEqualTo(3));
    try (OpenSearchIndex os = open("samples")) {
      IndexReport rerun = new FolderSync(CONFIG).sync(SAMPLES, os, ProgressListener.NONE);
      assertThat(rerun.unchanged(), equalTo(localReport.added()));
      assertThat(rerun.added(), equalTo(0));
    }
  }

  /**
   * The folder sent as bytes through the cluster's pipeline ({@link OpenSearchFiles}): the same
   * report as the local run (the truncated and encrypted PDFs refused by the processor with their
   * reason codes and messages, their neighbours indexed), and every document's fields equal to the
   * ones analysed on the client.
   */
  public void testFilesReadByTheClusterGiveTheFieldsAnalysedHere() throws IOException {
    try (OpenSearchConnection os = connection()) {
      OpenSearchSetup.install(os, "bytes");
    }
    createIndex2x1("bytes");
    IndexReport report;
    try (OpenSearchFiles os = OpenSearchFiles.open(connection(), "bytes")) {
      report = new FolderSync(CONFIG).sync(SAMPLES, os, ProgressListener.NONE);
    }
    assertThat(report.files(), equalTo(localReport.files()));
    assertThat(report.added(), equalTo(localReport.added()));
    assertThat(report.failures(), equalTo(localReport.failures()));
    assertThat(report.skipped(), equalTo(localReport.skipped()));
    assertThat(
        report.failures().stream().map(Failure::reason).toList(), hasItems("CORRUPT", "ENCRYPTED"));
    Map<String, String> held;
    try (OpenSearchIndex local = open("samples")) {
      held = local.held();
    }
    try (OpenSearchFiles os = OpenSearchFiles.open(connection(), "bytes")) {
      assertThat(os.held(), equalTo(held));
      IndexReport rerun = new FolderSync(CONFIG).sync(SAMPLES, os, ProgressListener.NONE);
      assertThat(rerun.unchanged(), equalTo(localReport.added()));
      assertThat(rerun.added() + rerun.updated(), equalTo(0));
    }
    for (String id : held.keySet()) {
      String path = "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
      Map<String, Object> here = rest("GET", "/samples" + path, null);
      Map<String, Object> there = rest("GET", "/bytes" + path, null);
      assertThat(id, there.get("_source"), equalTo(here.get("_source")));
    }
  }

  /** Runs {@code check} on the local index and the cluster's {@code samples} index. */
  private static void againstLocal(QueryChecks.Check<OpenSearchIndex> check) throws IOException {
    QueryChecks.againstLocal(localIndex, () -> open("samples"), check);
  }

  public void testFilesReadBackAsTheLocalIndexHoldsThem() throws IOException {
    againstLocal(ReadBackChecks::assertFilesReadBackAsLocal);
  }

  public void testNumberLookupsPrintTheLocalJson() throws IOException {
    againstLocal(QueryChecks::assertNumbersAsLocal);
  }

  public void testMetricQueriesPrintTheLocalJson() throws IOException {
    againstLocal(QueryChecks::assertMetricsAsLocal);
  }

  public void testSearchesPrintTheLocalJson() throws IOException {
    againstLocal((local, os) -> QueryChecks.assertSearchesAsLocal(local, os, QueryChecks.SEARCHES));
  }

  public void testStatsPrintTheLocalJson() throws IOException {
    againstLocal(
        (local, os) -> {
          assertThat(JSON.write(os.stats()), equalTo(JSON.write(local.stats())));
          assertThat(os.held().size(), equalTo(localReport.added()));
        });
  }

  public void testADataNodeStoppedDuringTheSyncLosesNothing() throws Exception {
    try (OpenSearchConnection os = connection()) {
      OpenSearchSetup.install(os, "failover");
    }
    createIndex2x1("failover");
    IndexerConfig config = CONFIG.withCommits(Duration.ofSeconds(1), 2);
    AtomicReference<Boolean> stopped = new AtomicReference<>(false);
    ProgressListener stopAfterFour =
        p -> {
          if (p.done() == 4 && !stopped.get()) {
            try {
              internalCluster().stopRandomDataNode();
              stopped.set(true);
            } catch (IOException e) {
              throw new IllegalStateException("stopping a data node failed", e);
            }
          }
        };
    try (OpenSearchIndex os = open("failover")) {
      try {
        new FolderSync(config).sync(SAMPLES, os, stopAfterFour);
      } catch (IOException e) {
        // A bulk in flight when the node left may fail; the rerun sends it again.
      }
      assertTrue("a data node was stopped", stopped.get());
      IndexReport rerun = new FolderSync(config).sync(SAMPLES, os, ProgressListener.NONE);
      assertThat(rerun.failures(), equalTo(localReport.failures()));
      assertThat(rerun.added() + rerun.updated() + rerun.unchanged(), equalTo(localReport.added()));
      assertThat(os.held().size(), equalTo(localReport.added()));
      try (Index local = Index.open(localIndex)) {
        assertThat(JSON.write(os.stats()), equalTo(JSON.write(local.stats())));
        MetricQuery all = MetricQuery.of("fdi").withAllFrom(0);
        assertThat(JSON.write(os.metrics(all)), equalTo(JSON.write(local.metrics(all))));
      }
    } finally {
      if (stopped.get()) {
        internalCluster()
            .startNodes(1, Settings.builder().putList("node.roles", "data", "ingest").build());
        ensureGreen("samples", "failover");
      }
    }
  }
}
