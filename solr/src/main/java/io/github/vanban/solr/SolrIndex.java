package io.github.vanban.solr;

import io.github.vanban.search.DocumentStore;
import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexStats;
import io.github.vanban.search.query.IndexedDocument;
import io.github.vanban.search.query.MetricQuery;
import io.github.vanban.search.query.MetricResult;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import io.github.vanban.search.sync.DocumentSink;
import io.github.vanban.search.sync.SourceDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A SolrCloud collection made with the vanban configset, as a vanban backend ({@link
 * SearchBackend}): it answers the queries of {@link io.github.vanban.search.IndexQueries} with the
 * records (and so the JSON) the local index returns for the same folder, reads one file back by its
 * source ({@link DocumentStore}), and takes a folder's documents through {@link DocumentSink}
 * ({@link io.github.vanban.search.sync.FolderSync}).
 *
 * <p>Each file is one block: its document and, as nested children, its metric mentions and
 * references; putting a file replaces its block, deleting it removes the block. {@link #commit()}
 * is a hard commit that opens a new searcher. Thread-safe; close it when done.
 */
public final class SolrIndex implements SearchBackend, DocumentSink {

  private final SolrClient client;
  private final String url;
  private final String collection;
  private final SolrCalls calls;
  private final SolrDocuments documents;

  private SolrIndex(SolrClient client, String url, String collection, SolrMappings mappings) {
    this.client = client;
    this.url = url;
    this.collection = collection;
    this.calls = new SolrCalls(client, collection);
    this.documents = new SolrDocuments(mappings);
  }

  /**
   * Connects to {@code collection} of the SolrCloud cluster that {@code url} belongs to: a node's
   * base URL, such as {@code http://localhost:8983/solr}, or several separated by commas. The
   * client reads the cluster's state over HTTP from the first node that answers and sends each
   * request to a live node, so nodes going away are survived.
   *
   * @param url one or more node base URLs, separated by commas
   * @param collection the collection name
   * @return the index; close it when done
   */
  public static SolrIndex open(String url, String collection) {
    return open(url, collection, SolrMappings.STANDARD);
  }

  /**
   * Connects to {@code collection} as {@link #open(String, String)} does, sending the layers that
   * {@code mappings} registers (vanban's own and a user's, whose fields the configset declares).
   *
   * @param url one or more node base URLs, separated by commas
   * @param collection the collection name
   * @param mappings the Solr mapping of each layer ({@link SolrMappings#STANDARD} and the user's)
   * @return the index; close it when done
   */
  public static SolrIndex open(String url, String collection, SolrMappings mappings) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(mappings, "mappings");
    return new SolrIndex(client(url), url, collection, mappings);
  }

  /** Returns a cloud client reading the cluster state from the nodes of {@code urls}. */
  static CloudSolrClient client(String urls) {
    List<String> nodes = new ArrayList<>();
    for (String u : urls.split(",")) {
      if (!u.isBlank()) {
        nodes.add(u.strip());
      }
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL in '" + urls + "'");
    }
    return new CloudSolrClient.Builder(nodes).build();
  }

  @Override
  public String location() {
    return url + " collection " + collection;
  }

  @Override
  public Map<String, String> held() throws IOException {
    Map<String, String> out = new HashMap<>();
    SolrQuery q = new SolrQuery("{!term f=" + IndexFields.KIND + "}" + IndexFields.KIND_DOC);
    q.setFields(SolrDocuments.ID, IndexFields.HASH);
    q.setRows(1000);
    q.setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = calls.query(q);
      for (SolrDocument d : r.getResults()) {
        out.put(SolrRecords.string(d, SolrDocuments.ID), SolrRecords.string(d, IndexFields.HASH));
      }
      if (cursor.equals(r.getNextCursorMark())) {
        return out;
      }
      cursor = r.getNextCursorMark();
    }
  }

  @Override
  public void put(SourceDocument document) throws IOException {
    update(() -> client.add(collection, documents.block(document)));
  }

  @Override
  public void delete(String source) throws IOException {
    String term = ClientUtils.escapeQueryChars(source);
    // The block's root and every child, whichever way this Solr fills _root_ on a lone parent.
    update(
        () ->
            client.deleteByQuery(
                collection,
                SolrDocuments.ID + ":" + term + " OR " + SolrDocuments.ROOT + ":" + term));
  }

  @Override
  public void commit() throws IOException {
    update(() -> client.commit(collection, true, true));
  }

  @Override
  public NumberResult number(String number) throws IOException {
    Objects.requireNonNull(number, "number");
    return SolrNumberLookup.find(calls, number);
  }

  @Override
  public MetricResult metrics(MetricQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    return SolrMetricSearch.find(calls, query);
  }

  @Override
  public SearchResult search(SearchQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    return SolrTextSearch.find(calls, query);
  }

  @Override
  public IndexStats stats() throws IOException {
    return SolrStatsReader.read(calls);
  }

  @Override
  public Optional<IndexedDocument> document(String source) throws IOException {
    String fields = SolrRecords.SUMMARY_FIELDS + "," + IndexFields.PAGES + "," + IndexFields.TEXT;
    return file(source, fields)
        .map(
            d -> {
              Object pages = d.getFirstValue(IndexFields.PAGES);
              return new IndexedDocument(
                  SolrRecords.summary(d),
                  pages == null ? 0 : ((Number) pages).intValue(),
                  SolrRecords.string(d, IndexFields.TEXT));
            });
  }

  @Override
  public Optional<DocumentSummary> summary(String source) throws IOException {
    return file(source, SolrRecords.SUMMARY_FIELDS).map(SolrRecords::summary);
  }

  /** Returns the file document (a block's root) of {@code source} with {@code fields}, or empty. */
  private Optional<SolrDocument> file(String source, String fields) throws IOException {
    Objects.requireNonNull(source, "source");
    SolrQuery q = new SolrQuery("{!term f=" + IndexFields.KIND + "}" + IndexFields.KIND_DOC);
    q.addFilterQuery("{!term f=" + IndexFields.SOURCE + " v=$file}");
    q.set("file", source);
    q.setFields(fields);
    q.setRows(1);
    return calls.query(q).getResults().stream().findFirst();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  private interface Update {
    void run() throws SolrServerException, IOException;
  }

  private void update(Update u) throws IOException {
    try {
      u.run();
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
    }
  }
}
