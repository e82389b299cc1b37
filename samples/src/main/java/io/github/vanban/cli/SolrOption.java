package io.github.vanban.cli;

import io.github.vanban.solr.SolrIndex;
import picocli.CommandLine.Option;

/**
 * The {@code --solr URL} and {@code --collection NAME} options of the index and query commands:
 * with {@code --solr}, a SolrCloud collection made by {@code vanban solr setup} takes the place of
 * the local index.
 */
final class SolrOption {

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description =
          "Use this SolrCloud instead of the local index: a node's base URL, such as"
              + " http://localhost:8983/solr.")
  String url;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = "vanban",
      description = "The Solr collection (default: ${DEFAULT-VALUE}).")
  String collection;

  /** Returns whether {@code --solr} was given. */
  boolean given() {
    return url != null;
  }

  /** Returns where the documents are, for messages. */
  String where() {
    return url + " collection " + collection;
  }

  /** Connects to the collection. */
  SolrIndex open() {
    return SolrIndex.open(url, collection);
  }
}
