/**
 * The search-backend port: the read-only queries ({@link io.github.vanban.search.IndexQueries}) and
 * the open engine the command line closes ({@link io.github.vanban.search.SearchBackend}); its
 * local Lucene adapter lives in {@code .index} (writing) and {@code .query} (reading).
 */
package io.github.vanban.search;
