/**
 * The end-to-end indexing benchmark: a folder extracted, analysed and indexed by vanban's {@code
 * Indexer}, with throughput, heap and index size, beside Tika's extraction of the same files.
 */
package io.github.vanban.bench.index;
