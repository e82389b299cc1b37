package io.github.vanban.solr;

import io.github.vanban.core.model.Header;
import io.github.vanban.search.index.DocumentValues;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.MappedFile;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr mapping of the header layer: each header field present, and the issue day as an instant
 * when it is one day. A file without a header adds nothing. Stateless and thread-safe.
 */
final class SolrHeaderFields implements SolrLayerFields<Header> {

  @Override
  public void addFields(Header h, MappedFile file, SolrInputDocument d) {
    if (h == null) {
      return;
    }
    SolrDocuments.put(d, IndexFields.NUMBER, h.number());
    SolrDocuments.put(d, IndexFields.TYPE, h.type());
    SolrDocuments.put(d, IndexFields.TYPE_NAME, h.typeName());
    SolrDocuments.put(d, IndexFields.ISSUER, h.issuer());
    DocumentValues.storedHeader(h).forEach(d::setField);
    DocumentValues.issuedDay(h)
        .ifPresent(day -> d.setField(IndexFields.ISSUED_DAY, SolrDocuments.instant(day)));
  }
}
