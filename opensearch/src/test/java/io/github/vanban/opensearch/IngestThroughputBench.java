package io.github.vanban.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opensearch.common.settings.Settings;

/**
 * Not a test: measures the {@code vanban} pipeline's ingest throughput on the test cluster with one
 * data node, then with two (docs/BENCHMARKS.md). Run it alone: {@code ./mvnw -pl opensearch -am
 * verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IngestThroughputBench}. Each
 * round sends the readable samples {@value #COPIES} times, in bulks of one copy, from two client
 * threads spread over the data nodes' HTTP addresses; it prints files per second and megabytes of
 * source files per second.
 */
public class IngestThroughputBench extends VanbanClusterTestCase {

  private static final int COPIES = 24;

  @Override
  protected void setupSuiteScopeCluster() throws Exception {
    internalCluster().startClusterManagerOnlyNode();
    internalCluster().startNodes(1, dataIngest());
    rest("PUT", "/_index_template/vanban", resource("vanban-template.json"));
    rest(
        "PUT",
        "/_ingest/pipeline/" + PIPELINE,
        "{\"processors\":[{\"vanban\":{\"field\":\"data\",\"remove_binary\":true}}]}");
  }

  private static Settings dataIngest() {
    return Settings.builder().putList("node.roles", "data", "ingest").build();
  }

  public void testThroughputWithOneThenTwoDataNodes() throws Exception {
    List<String> files = new ArrayList<>();
    long bytes = 0;
    for (String name :
        List.of(
            "nq-12-2024-hdnd-tinh.pdf",
            "bc-ubnd-kinhte-2024.docx",
            "bc-sdl-dulich-2024.doc",
            "tin-bai-html.html",
            "van-ban-utf8.txt",
            "cv-ubnd-2025.pdf",
            "nq-05-tu-2025.pdf",
            "kh-ubnd-du-thao.docx",
            "qd-ubnd-2025-quyche.docx")) {
      files.add(name);
      bytes += Files.size(SAMPLES.resolve(name));
    }
    round("bench-1", files, bytes);
    internalCluster().startNodes(1, dataIngest());
    ensureStableCluster(3);
    closeRestClient();
    round("bench-2", files, bytes);
  }

  private void round(String index, List<String> files, long bytes) throws Exception {
    rest("PUT", "/" + index, "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":0}}");
    rest("GET", "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s", null);
    bulk(index, files, -1); // warm-up: class loading, JIT
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Map<String, Object>>> sent = new ArrayList<>();
    for (int copy = 0; copy < COPIES; copy++) {
      int c = copy;
      sent.add(pool.submit(() -> bulk(index, files, c)));
    }
    for (Future<Map<String, Object>> f : sent) {
      assertEquals(false, f.get().get("errors"));
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    int dataNodes = internalCluster().numDataNodes();
    System.out.printf(
        Locale.ROOT,
        "BENCH data_nodes=%d files=%d seconds=%.1f files_per_s=%.1f mb_per_s=%.2f%n",
        dataNodes,
        files.size() * COPIES,
        seconds,
        files.size() * COPIES / seconds,
        bytes * COPIES / 1e6 / seconds);
  }

  private static Map<String, Object> bulk(String index, List<String> files, int copy)
      throws IOException {
    StringBuilder body = new StringBuilder();
    for (String file : files) {
      Path p = SAMPLES.resolve(file);
      body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"");
      body.append(copy).append('/').append(file).append("\",\"pipeline\":\"");
      body.append(PIPELINE).append("\"}}\n{\"data\":\"");
      body.append(Base64.getEncoder().encodeToString(Files.readAllBytes(p))).append("\"}\n");
    }
    return rest("POST", "/_bulk", body.toString());
  }
}
