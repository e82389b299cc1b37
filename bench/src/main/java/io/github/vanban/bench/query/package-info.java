/**
 * Query latency benchmarks over an index of generated documents: number lookups, metric queries and
 * full-text searches, as HdrHistogram percentiles.
 */
package io.github.vanban.bench.query;
