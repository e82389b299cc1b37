package io.github.vanban.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * Facet counts through Solr's JSON facets: every value of each field with its count, ordered as the
 * local index orders them (largest first, then by value). Stateless and thread-safe.
 */
final class SolrFacets {

  private SolrFacets() {}

  /**
   * Returns the {@code json.facet} request counting every value of each field, plus the sums {@code
   * name -> field} asks for.
   */
  static String request(List<String> fields, Map<String, String> sums) {
    List<String> parts = new ArrayList<>();
    for (String f : fields) {
      parts.add(f + ":{type:terms,field:" + f + ",limit:-1,mincount:1}");
    }
    sums.forEach((name, field) -> parts.add(name + ":\"sum(" + field + ")\""));
    return "{" + String.join(",", parts) + "}";
  }

  /** Returns the {@code json.facet} request counting every value of each field. */
  static String request(List<String> fields) {
    return request(fields, Map.of());
  }

  /** Returns the counts of each field that has values, in the order of {@code fields}. */
  static Map<String, Map<String, Integer>> counts(QueryResponse r, List<String> fields) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    NestableJsonFacet facets = r.getJsonFacetingResponse();
    if (facets == null) {
      return out;
    }
    for (String f : fields) {
      BucketBasedJsonFacet values = facets.getBucketBasedFacets(f);
      if (values == null || values.getBuckets().isEmpty()) {
        continue;
      }
      List<BucketJsonFacet> buckets = new ArrayList<>(values.getBuckets());
      buckets.sort(
          Comparator.comparingLong((BucketJsonFacet b) -> -b.getCount())
              .thenComparing(b -> b.getVal().toString()));
      Map<String, Integer> counts = new LinkedHashMap<>();
      buckets.forEach(b -> counts.put(b.getVal().toString(), (int) b.getCount()));
      out.put(f, counts);
    }
    return out;
  }

  /** Returns a sum the request asked for, 0 when nothing matched. */
  static long sum(QueryResponse r, String name) {
    NestableJsonFacet facets = r.getJsonFacetingResponse();
    Object v = facets == null ? null : facets.getStatValue(name);
    return v == null ? 0 : Math.round(((Number) v).doubleValue());
  }
}
