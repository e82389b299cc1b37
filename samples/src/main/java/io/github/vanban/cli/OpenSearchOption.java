package io.github.vanban.cli;

import io.github.vanban.opensearch.client.OpenSearchConnection;
import io.github.vanban.opensearch.client.OpenSearchFiles;
import io.github.vanban.opensearch.client.OpenSearchIndex;
import picocli.CommandLine.Option;

/**
 * {@code --opensearch URL} and {@code --opensearch-index NAME}: use an OpenSearch index instead of
 * the local one. Credentials come from the environment ({@code VANBAN_OPENSEARCH_USER} and {@code
 * VANBAN_OPENSEARCH_PASSWORD}, or {@code VANBAN_OPENSEARCH_API_KEY}), never from the command line.
 */
final class OpenSearchOption {

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Use this OpenSearch cluster instead of the local index: http(s)://host:9200."
              + " Credentials from VANBAN_OPENSEARCH_USER/_PASSWORD or _API_KEY.")
  String url;

  @Option(
      names = "--opensearch-index",
      paramLabel = "NAME",
      defaultValue = OpenSearchIndex.DEFAULT_INDEX,
      description = "The OpenSearch index (default: ${DEFAULT-VALUE}).")
  String index;

  /** Returns whether {@code --opensearch} was given. */
  boolean given() {
    return url != null;
  }

  /** Returns where the documents are, for messages. */
  String where() {
    return url + " index " + index;
  }

  /** Connects to the index. */
  OpenSearchIndex open() {
    return OpenSearchIndex.open(OpenSearchConnection.of(url, System.getenv()), index);
  }

  /** Connects to the index, to send files through the cluster's {@code vanban} pipeline. */
  OpenSearchFiles openFiles() {
    return OpenSearchFiles.open(OpenSearchConnection.of(url, System.getenv()), index);
  }
}
