package io.github.vanban.solr;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.index.MappedFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr mapping of the date layer: each distinct date or period mentioned as a date range
 * ({@link IndexFields#DATES}, for {@code date:} queries) and the number of mentions. Stateless and
 * thread-safe.
 */
final class SolrDateFields implements SolrLayerFields<List<DateMention>> {

  @Override
  public void addFields(List<DateMention> dates, MappedFile file, SolrInputDocument d) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateMention m : dates) {
      if (seen.add(m.value())) {
        d.addField(IndexFields.DATES, SolrDocuments.range(m.date()));
      }
    }
    d.setField(IndexFields.COUNT_DATES, dates.size());
  }
}
