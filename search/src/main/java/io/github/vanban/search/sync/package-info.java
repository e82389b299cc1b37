/**
 * Indexing a folder into any engine: the write ports a backend implements ({@link
 * io.github.vanban.search.sync.DocumentSink} for documents analysed here, {@link
 * io.github.vanban.search.sync.FileSink} for a backend that reads the files' bytes itself) and the
 * folder sync that drives them ({@link io.github.vanban.search.sync.FolderSync}), incremental like
 * the local index.
 */
package io.github.vanban.search.sync;
