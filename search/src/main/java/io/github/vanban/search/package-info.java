/**
 * The search-backend port ({@link io.github.vanban.search.SearchBackend}); its local Lucene adapter
 * lives in {@code .index} (writing) and {@code .query} (reading).
 */
package io.github.vanban.search;
