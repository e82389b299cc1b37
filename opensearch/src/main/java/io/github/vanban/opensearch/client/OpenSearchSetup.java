package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Prepares a cluster for vanban: installs the index template (for the index name given) and the
 * {@code vanban} ingest pipeline, which reads base64 file bytes from {@code data} and drops them
 * after. Both need the vanban plugin on the cluster's nodes. Running it again replaces both with
 * the same definitions. Stateless and thread-safe.
 */
public final class OpenSearchSetup {

  /** The pipeline's name. */
  public static final String PIPELINE = "vanban";

  /** The field the pipeline reads the file's base64 bytes from, and drops after. */
  public static final String DATA_FIELD = "data";

  private static final String TEMPLATE = "/io/github/vanban/opensearch/vanban-template.json";

  private OpenSearchSetup() {}

  /**
   * Installs the template for {@code index} and the pipeline.
   *
   * @param os the connection to the cluster
   * @param index the index name the template applies to
   * @throws IOException when the cluster refuses them (the plugin missing, say) or is unreachable
   */
  public static void install(OpenSearchConnection os, String index) throws IOException {
    ObjectNode template;
    // By path: loading the plugin class would need the OpenSearch server on the class path.
    try (InputStream in = OpenSearchSetup.class.getResourceAsStream(TEMPLATE)) {
      template = (ObjectNode) OpenSearchConnection.JSON.readTree(in);
    }
    ArrayNode patterns = template.putArray("index_patterns");
    patterns.add(index);
    os.call("PUT", "/_index_template/" + index, template.toString());
    os.call(
        "PUT",
        "/_ingest/pipeline/" + PIPELINE,
        "{\"description\":\"vanban: read the file in data\","
            + "\"processors\":[{\"vanban\":{\"field\":\""
            + DATA_FIELD
            + "\",\"remove_binary\":true}}]}");
  }
}
