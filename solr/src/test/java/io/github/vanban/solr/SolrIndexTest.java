package io.github.vanban.solr;

import io.github.vanban.search.index.Failure;
import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.IndexerConfig;
import io.github.vanban.search.index.Progress;
import io.github.vanban.search.index.ProgressListener;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.sync.FolderSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.Test;

/**
 * Indexing a folder into SolrCloud through {@link SolrIndex} and {@link FolderSync} runs as the
 * local index's run does: the same report and progress, incremental (changes replace a file's
 * block, deletions remove it), resumable after the writer dies, nothing lost when a node stops, a
 * bad file reported while its neighbours are indexed.
 */
public class SolrIndexTest extends SamplesCluster {

  @Test
  public void theRunReportsWhatTheLocalRunReports() {
    assertEquals(localReport.files(), solrReport.files());
    assertEquals(localReport.added(), solrReport.added());
    assertEquals(localReport.failures(), solrReport.failures());
    assertEquals(localReport.skipped(), solrReport.skipped());
    assertTrue("the samples hold broken files", solrReport.failures().size() >= 3);
  }

  @Test
  public void theRunShowsTheLocalRunsProgress() {
    assertEquals(localReport.files(), solrProgress.size());
    assertEquals(counts(localProgress), counts(solrProgress));
  }

  /** Files done, files in all and files failed, after each file (the time aside). */
  private static List<List<Integer>> counts(List<Progress> progress) {
    return progress.stream().map(p -> List.of(p.done(), p.total(), p.failed())).toList();
  }

  @Test
  public void aNodeStoppedMidIndexingLosesNothing() throws Exception {
    String collection = "failover";
    new SolrSetup(collection, 2, 2).run(url);
    IndexerConfig config = Samples.config().withCommits(Duration.ofSeconds(1), 2);
    JettySolrRunner stopped = null;
    // The node stopped leads shard1: its updates have to move to the replica on the other node.
    JettySolrRunner leader =
        cluster.getReplicaJetty(
            cluster.getZkStateReader().getLeaderRetry(collection, "shard1", 60_000));
    try (SolrIndex solr = SolrIndex.open(url, collection)) {
      AtomicReference<JettySolrRunner> down = new AtomicReference<>();
      ProgressListener stopAfterFour =
          p -> {
            if (p.done() == 4 && down.get() == null) {
              try {
                down.set(cluster.stopJettySolrRunner(leader));
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
        // The node may come back on another port.
        url = nodeUrls();
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
  public void aRunKilledMidwayIsCompletedByRunningItAgain() throws Exception {
    String collection = "resume";
    new SolrSetup(collection, 2, 2).run(url);
    IndexerConfig config = Samples.config().withCommits(Duration.ofMinutes(5), 4);
    try (SolrIndex solr = SolrIndex.open(url, collection)) {
      StoppingSink killed = new StoppingSink(solr);
      assertThrows(
          IOException.class,
          () -> new FolderSync(config).sync(Samples.folder(), killed, ProgressListener.NONE));
      // What was committed is held; what was put after the last commit is not.
      Map<String, String> kept = solr.held();
      assertTrue("committed before the kill: " + kept.keySet(), killed.committed() > 0);
      assertTrue("nothing put after the last commit", killed.uncommitted() > 0);
      assertEquals(killed.committed(), kept.size());
      IndexReport rerun =
          new FolderSync(config).sync(Samples.folder(), solr, ProgressListener.NONE);
      assertEquals(kept.size(), rerun.unchanged());
      assertEquals(localReport.added() - kept.size(), rerun.added());
      assertEquals(localReport.failures(), rerun.failures());
      try (Index local = Index.open(localIndex)) {
        // A block put again after the kill replaced the uncommitted one: no child twice.
        assertEquals(local.stats(), solr.stats());
        MetricQuery fdi = MetricQuery.of("fdi").withAllFrom(0);
        assertEquals(local.metrics(fdi), solr.metrics(fdi));
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
  public void aChangedFileReplacesItsBlockATouchedOneStaysAndADeletedOneLeaves() throws Exception {
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
      // Touched, not changed: the content hash decides, not the time.
      Files.setLastModifiedTime(
          folder.resolve("van-ban-utf8.txt"), FileTime.from(Instant.now().plusSeconds(3600)));
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
}
