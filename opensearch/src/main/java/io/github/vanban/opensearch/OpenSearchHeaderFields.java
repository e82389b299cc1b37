package io.github.vanban.opensearch;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.model.Header;
import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.DocumentValues;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The OpenSearch mapping of the header layer: the header as printed, and the key of its type
 * ({@code typeKey}, folded, for filters) and its issue day ({@code issuedDay}, when it is one day).
 * Stateless and thread-safe.
 */
final class OpenSearchHeaderFields implements OpenSearchLayerFields<Header> {

  @Override
  public void writeDerived(Header h, JsonGenerator g) throws IOException {
    g.writeStringField(
        "typeKey", h == null || h.type() == null ? null : DocumentMapper.typeKey(h.type()));
    g.writeStringField(
        "issuedDay", DocumentValues.issuedDay(h).map(LocalDate::toString).orElse(null));
  }
}
