/**
 * The Lucene index of analysed documents: its schema, the mapping of an analysed document to Lucene
 * documents (one per file, one per metric mention, one per reference), and the incremental,
 * crash-safe {@link io.github.vanban.search.index.Indexer}.
 */
package io.github.vanban.search.index;
