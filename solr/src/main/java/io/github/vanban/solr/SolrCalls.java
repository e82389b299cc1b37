package io.github.vanban.solr;

import io.github.vanban.search.query.InvalidQueryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;

/**
 * Queries one collection, turning Solr's errors into the port's: a rejected query ({@code 400}) is
 * an {@link InvalidQueryException}, anything else an {@link IOException}. Thread-safe.
 */
final class SolrCalls {

  /** Documents fetched per request when a query wants every match. */
  private static final int PAGE = 1000;

  private final SolrClient client;
  private final String collection;

  SolrCalls(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** Runs {@code q} (sent as a POST: query texts can be long). */
  QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q, SolrRequest.METHOD.POST);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new InvalidQueryException("Solr rejected the query: " + e.getMessage(), e);
      }
      throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the documents {@code q} matches from {@code offset}, at most {@code limit}, in its sort
   * order, fetched a page at a time; {@code total} is how many it matches.
   */
  List<SolrDocument> page(SolrQuery q, long total, int offset, int limit) throws IOException {
    List<SolrDocument> out = new ArrayList<>();
    long end = Math.min(total, (long) offset + limit);
    for (long at = offset; at < end; at += PAGE) {
      SolrQuery page = q.getCopy();
      page.setStart((int) at);
      page.setRows((int) Math.min(PAGE, end - at));
      SolrDocumentList docs = query(page).getResults();
      out.addAll(docs);
      if (docs.size() < page.getRows()) {
        break;
      }
    }
    return out;
  }

  /** Returns how many documents {@code q} matches. */
  long count(SolrQuery q) throws IOException {
    SolrQuery count = q.getCopy();
    count.setRows(0);
    count.setStart(0);
    return query(count).getResults().getNumFound();
  }

  /** Returns every document {@code q} matches, in its sort order. */
  List<SolrDocument> all(SolrQuery q) throws IOException {
    return page(q, count(q), 0, Integer.MAX_VALUE);
  }

  /** Adds {@code params} to {@code q}. */
  static SolrQuery with(SolrQuery q, Map<String, String> params) {
    params.forEach(q::set);
    return q;
  }
}
