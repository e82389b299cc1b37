package io.github.vanban.search.index;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;

/**
 * The Lucene mapping of the date layer: each distinct date or period mentioned as an epoch-day
 * range ({@link IndexFields#DATES}, for {@code date:} queries) and the number of mentions ({@link
 * IndexFields#COUNT_DATES}).
 *
 * <p>Stateless and thread-safe.
 */
final class DateFields implements LayerFields<List<DateMention>> {

  @Override
  public void addFields(List<DateMention> dates, MappedFile file, Document d) {
    Set<String> seen = new LinkedHashSet<>();
    for (DateMention m : dates) {
      DateValue p = m.date();
      if (seen.add(p.text())) {
        d.add(new LongRange(IndexFields.DATES, new long[] {p.startDay()}, new long[] {p.endDay()}));
      }
    }
    d.add(new NumericDocValuesField(IndexFields.COUNT_DATES, dates.size()));
  }
}
