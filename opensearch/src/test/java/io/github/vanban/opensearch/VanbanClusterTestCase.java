package io.github.vanban.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.junit.AfterClass;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.RestClient;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real cluster for a test class, shared by its methods: one cluster-manager node and two data
 * nodes that also ingest, with the vanban plugin, analysis-common and HTTP; the vanban index
 * template and the {@code vanban} pipeline installed over REST, as a user would.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 0,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
@OpenSearchIntegTestCase.SuiteScopeTestCase
public abstract class VanbanClusterTestCase extends OpenSearchIntegTestCase {

  /** The pipeline every test class installs. */
  static final String PIPELINE = "vanban";

  /** The sample documents of the repository. */
  static final Path SAMPLES = Path.of(System.getProperty("vanban.samples", "../samples/docs"));

  private static RestClient restClient;

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(VanbanPlugin.class, CommonAnalysisPlugin.class, Netty4Plugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder()
        .put(super.nodeSettings(nodeOrdinal))
        .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  @Override
  protected void setupSuiteScopeCluster() throws Exception {
    internalCluster().startClusterManagerOnlyNode();
    internalCluster()
        .startNodes(2, Settings.builder().putList("node.roles", "data", "ingest").build());
    ensureStableCluster(3);
    rest("PUT", "/_index_template/vanban", resource("vanban-template.json"));
    rest(
        "PUT",
        "/_ingest/pipeline/" + PIPELINE,
        "{\"processors\":[{\"vanban\":{\"field\":\"data\",\"remove_binary\":true}}]}");
  }

  /**
   * Creates {@code index} with two shards and one replica, and waits for it to be green. Replicas
   * of a node that left are rebuilt at once, not after the default minute.
   */
  static void createIndex2x1(String index) throws IOException {
    rest(
        "PUT",
        "/" + index,
        "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":1,"
            + "\"unassigned.node_left.delayed_timeout\":\"0s\"}}");
    rest("GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
  }

  /** Sends a REST request and returns the parsed JSON answer; fails on an error status. */
  static Map<String, Object> rest(String method, String path, String json) throws IOException {
    Request request = new Request(method, path);
    if (json != null) {
      request.setJsonEntity(json);
    }
    Response response = restClient().performRequest(request);
    return XContentHelper.convertToMap(
        JsonXContent.jsonXContent, EntityUtils.toString(response.getEntity()), true);
  }

  /**
   * A REST client to every node's HTTP address, closed after the class. (The framework's own,
   * {@code getRestClient()}, stays open after a suite-scoped cluster and fails the thread-leak
   * check.)
   */
  static synchronized RestClient restClient() {
    if (restClient == null) {
      HttpHost[] hosts =
          Arrays.stream(internalCluster().httpAddresses())
              .map(a -> new HttpHost(a.getHostString(), a.getPort(), "http"))
              .toArray(HttpHost[]::new);
      restClient = RestClient.builder(hosts).build();
    }
    return restClient;
  }

  @AfterClass
  public static synchronized void closeRestClient() throws IOException {
    if (restClient != null) {
      restClient.close();
      restClient = null;
    }
  }

  /** Reads a resource of the plugin's jar. */
  static String resource(String name) {
    try (InputStream in = VanbanPlugin.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
