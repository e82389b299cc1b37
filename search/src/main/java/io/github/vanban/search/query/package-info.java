/**
 * Queries over a vanban index: {@link io.github.vanban.search.query.Index} answers document-number
 * lookups with the documents citing them, metric mentions by indicator, ranked full-text search
 * with snippets and facets, and index statistics, as immutable result records; {@link
 * io.github.vanban.search.query.QueryJsonWriter} prints them as the JSON of OUTPUT.md.
 */
package io.github.vanban.search.query;
