package io.github.vanban.search.index;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values an index derives from an analysed file beyond what the analysis gives: its title, its
 * year, its issue day, the header fields stored as written, the excerpt shown for each metric and
 * reference. Every engine stores these same values, so that every backend answers a query with the
 * same records.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentValues {

  private static final int TITLE_LENGTH = 200;

  private DocumentValues() {}

  /**
   * Returns the title: the header's subject, else the file's title property, else its first line.
   *
   * @param doc the analysed document
   * @return the title on one line, never null
   */
  public static String title(AnalyzedDocument doc) {
    Header h = doc.header();
    if (h != null && h.subject() != null && !h.subject().isBlank()) {
      return Excerpts.oneLine(h.subject());
    }
    String property = doc.metadata().title();
    if (property != null && !property.isBlank()) {
      return Excerpts.oneLine(property);
    }
    return doc.text()
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .findFirst()
        .map(l -> l.length() > TITLE_LENGTH ? l.substring(0, TITLE_LENGTH) + "..." : l)
        .orElse("");
  }

  /**
   * Returns the issue year; for a file without a header date, the year of its creation property.
   *
   * @param doc the analysed document
   * @return the year, or empty when neither the header nor the file properties give one
   */
  public static Optional<Integer> year(AnalyzedDocument doc) {
    Optional<DateValue> p =
        Optional.ofNullable(doc.header() == null ? null : doc.header().issued());
    if (p.isEmpty() && doc.metadata().created() != null && doc.metadata().created().length() >= 4) {
      p = DateValue.tryParse(doc.metadata().created().substring(0, 4));
    }
    return p.map(r -> r.start().getYear());
  }

  /**
   * Returns the day a header says its document was issued, when it names one day.
   *
   * @param h the header, or {@code null}
   * @return the day, or empty without a header, an issue date, or when the date is a month or year
   */
  public static Optional<LocalDate> issuedDay(Header h) {
    return Optional.ofNullable(h == null ? null : h.issued())
        .filter(p -> p.start().equals(p.end()))
        .map(DateValue::start);
  }

  /**
   * Returns the header fields every index only stores, as written: the issuer's parent body, the
   * place, the subject, the signer, the signer's title and the issue date as written.
   *
   * @param h the header
   * @return the present ones by {@link IndexFields} name, in that order; the absent left out
   */
  public static Map<String, String> storedHeader(Header h) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(IndexFields.ISSUER_PARENT, h.issuerParent());
    out.put(IndexFields.PLACE, h.place());
    out.put(IndexFields.SUBJECT, h.subject());
    out.put(IndexFields.SIGNER, h.signer());
    out.put(IndexFields.SIGNER_TITLE, h.signerTitle());
    out.put(IndexFields.ISSUED, h.issuedText());
    out.values().removeIf(v -> v == null);
    return out;
  }

  /**
   * Returns the one-line sentence a metric stands in, cut to about 300 characters.
   *
   * @param doc the analysed document the metric was found in
   * @param m the metric
   * @return the sentence on one line, shortened around the metric when too long
   */
  public static String sentence(AnalyzedDocument doc, Metric m) {
    return m.sentence() != null
        ? Excerpts.oneLine(m.sentence())
        : Excerpts.around(doc.text(), doc.sentenceAt(m.span().start()), m.span());
  }

  /**
   * Returns the one-line sentence a reference stands in, cut to about 300 characters.
   *
   * @param doc the analysed document the reference was found in
   * @param r the cited document number
   * @return the sentence on one line, shortened around the number when too long
   */
  public static String sentence(AnalyzedDocument doc, DocumentNumber r) {
    return Excerpts.around(doc.text(), doc.sentenceAt(r.span().start()), r.span());
  }
}
