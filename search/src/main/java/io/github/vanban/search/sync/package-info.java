/**
 * Indexing a folder into any engine: the write port a backend implements ({@link
 * io.github.vanban.search.sync.DocumentSink}) and the folder sync that drives it ({@link
 * io.github.vanban.search.sync.FolderSync}), incremental like the local index.
 */
package io.github.vanban.search.sync;
