/**
 * The Lucene index of analysed documents: its schema, the mapping of an analysed document to Lucene
 * documents (one per file, and those of its layers: one per metric mention, one per reference)
 * through the {@link io.github.vanban.search.index.LayerFields} registered for each layer in {@link
 * io.github.vanban.search.index.LayerMappings}, and the incremental, crash-safe {@link
 * io.github.vanban.search.index.Indexer}.
 */
package io.github.vanban.search.index;
