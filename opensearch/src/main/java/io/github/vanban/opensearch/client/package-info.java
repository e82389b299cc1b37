/**
 * The client side of vanban on OpenSearch: {@link
 * io.github.vanban.opensearch.client.OpenSearchIndex} answers vanban's queries from an index and
 * takes what a folder sync sends, over HTTP; {@link
 * io.github.vanban.opensearch.client.OpenSearchFiles} takes the files' bytes instead, for the
 * cluster's {@code vanban} pipeline to read; {@link
 * io.github.vanban.opensearch.client.OpenSearchSetup} installs the template and pipeline. Never
 * loaded by a node.
 */
package io.github.vanban.opensearch.client;
