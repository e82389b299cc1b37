/**
 * The vanban plugin for OpenSearch 2.19: Vietnamese analysis registered under fixed names, the
 * {@code vanban} ingest processor, and the index template ({@code vanban-template.json}) that maps
 * what they produce.
 */
package io.github.vanban.opensearch;
