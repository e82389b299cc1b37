package io.github.vanban.solr;

import io.github.vanban.search.sync.DocumentSink;
import io.github.vanban.search.sync.SourceDocument;
import java.io.IOException;
import java.util.Map;

/**
 * A Solr collection whose writer dies midway, as a killed run does: once a commit has passed, it
 * fails at the first put that finds the previous put still uncommitted, so the run leaves both
 * committed and uncommitted files behind. It counts them. Thread-safe.
 */
final class StoppingSink implements DocumentSink {

  private final SolrIndex solr;
  private int committed;
  private int uncommitted;

  /**
   * Writes into {@code solr} until the run dies.
   *
   * @param solr the collection; left open
   */
  StoppingSink(SolrIndex solr) {
    this.solr = solr;
  }

  @Override
  public String location() {
    return solr.location();
  }

  @Override
  public Map<String, String> held() throws IOException {
    return solr.held();
  }

  @Override
  public void delete(String source) throws IOException {
    solr.delete(source);
  }

  @Override
  public synchronized void put(SourceDocument document) throws IOException {
    if (committed > 0 && uncommitted > 0) {
      throw new IOException("the run was killed before " + document.source());
    }
    solr.put(document);
    uncommitted++;
  }

  @Override
  public synchronized void commit() throws IOException {
    solr.commit();
    committed += uncommitted;
    uncommitted = 0;
  }

  /** Returns how many files were put and committed. */
  synchronized int committed() {
    return committed;
  }

  /** Returns how many files were put since the last commit. */
  synchronized int uncommitted() {
    return uncommitted;
  }

  @Override
  public void close() {
    // The collection stays open for the rerun.
  }
}
