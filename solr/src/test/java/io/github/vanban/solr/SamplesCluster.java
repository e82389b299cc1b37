package io.github.vanban.solr;

import io.github.vanban.search.index.IndexReport;
import io.github.vanban.search.index.Indexer;
import io.github.vanban.search.index.Progress;
import io.github.vanban.search.query.QueryJsonWriter;
import io.github.vanban.search.sync.FolderSync;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * A real SolrCloud (two Jetty nodes, embedded ZooKeeper) holding the sample folder in a collection
 * of 2 shards with 2 replicas each, made by {@link SolrSetup} and filled through {@link SolrIndex},
 * next to a local index of the same folder; the tests compare the two.
 */
@SolrTestCaseJ4.SuppressSSL
public abstract class SamplesCluster extends SolrCloudTestCase {

  /** The collection holding the samples. */
  static final String COLLECTION = "samples";

  /** What the commands print with --json. */
  static final QueryJsonWriter JSON = new QueryJsonWriter();

  /** Both nodes' base URLs, separated by a comma, as --solr takes them. */
  static String url;

  /** The local index of the samples. */
  static Path localIndex;

  /** The local run's report. */
  static IndexReport localReport;

  /** The run into Solr's report. */
  static IndexReport solrReport;

  /** The local run's progress, file by file. */
  static List<Progress> localProgress;

  /** The run into Solr's progress, file by file. */
  static List<Progress> solrProgress;

  @BeforeClass
  public static void indexTheSamplesLocallyAndIntoSolr() throws Exception {
    configureCluster(2).configure();
    url = nodeUrls();
    new SolrSetup(COLLECTION, 2, 2).run(url);
    Path samples = Samples.folder();
    localIndex = createTempDir("local").resolve("index");
    localProgress = new ArrayList<>();
    localReport = new Indexer(Samples.config()).index(samples, localIndex, localProgress::add);
    solrProgress = new ArrayList<>();
    try (SolrIndex solr = SolrIndex.open(url, COLLECTION)) {
      solrReport = new FolderSync(Samples.config()).sync(samples, solr, solrProgress::add);
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
    localProgress = null;
    solrProgress = null;
  }

  /** Returns the base URLs of the running nodes, separated by commas. */
  static String nodeUrls() {
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      urls.add(node.getBaseUrl().toString());
    }
    return String.join(",", urls);
  }

  /** Returns how many documents of any kind {@code query} matches in the samples' collection. */
  static long found(String query) throws Exception {
    SolrQuery q = new SolrQuery(query);
    q.setRows(0);
    return cluster.getSolrClient().query(COLLECTION, q).getResults().getNumFound();
  }

  /** Sends a request of name and value pairs to the samples' collection (100 rows unless told). */
  static QueryResponse request(String... params) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < params.length; i += 2) {
      p.add(params[i], params[i + 1]);
    }
    if (p.get("rows") == null) {
      p.set("rows", 100);
    }
    return cluster.getSolrClient().query(COLLECTION, p);
  }

  /** Returns the sources of the documents a request of name and value pairs finds. */
  static Set<String> select(String... params) throws Exception {
    return sourcesOf(request(params).getResults(), d -> (String) d.getFirstValue("source"));
  }

  /** Returns the sources of {@code items}, sorted. */
  static <T> Set<String> sourcesOf(List<T> items, Function<T, String> source) {
    Set<String> out = new TreeSet<>();
    items.forEach(i -> out.add(source.apply(i)));
    return out;
  }
}
