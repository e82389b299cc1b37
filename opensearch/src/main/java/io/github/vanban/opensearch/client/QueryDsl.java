package io.github.vanban.opensearch.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.InvalidQueryException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Writes a Lucene query over the local index's fields (as {@link
 * io.github.vanban.search.query.ParsedSearch} builds it) as OpenSearch query DSL over the index
 * template's fields, so that OpenSearch runs the same query: the same clauses, boosts and terms.
 * Terms go in {@code term} queries (not analysed again); a phrase goes in {@code match_phrase},
 * whose analysis by the same analyzer gives back the same terms at the same positions. Stateless
 * and thread-safe.
 */
final class QueryDsl {

  /** Local field to OpenSearch field. */
  private static final Map<String, String> FIELDS =
      Map.of(
          IndexFields.TEXT, "vanban.text",
          IndexFields.TEXT_FOLDED, "vanban.text.folded",
          IndexFields.TEXT_BIGRAMS, "vanban.text.bigrams",
          IndexFields.TITLE_FOLDED, "vanban.title.folded",
          IndexFields.ISSUER_FOLDED, "vanban.header.issuer.folded",
          IndexFields.TYPE_KEY, "vanban.typeKey",
          IndexFields.NUMBER_KEY, "vanban.header.number",
          IndexFields.CITES, "vanban.references.number",
          IndexFields.YEAR, "vanban.year");

  private QueryDsl() {}

  /**
   * Returns the DSL of {@code query}.
   *
   * @throws InvalidQueryException when it holds a query OpenSearch cannot run alike (dates)
   */
  static ObjectNode of(Query query) {
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof BoostQuery b) {
      // A one-clause bool rewrites to its clause: the boost applies to the same query.
      ObjectNode bool = object();
      bool.putArray("must").add(of(b.getQuery()));
      bool.put("boost", b.getBoost());
      return wrap("bool", bool);
    }
    if (query instanceof TermQuery t) {
      return leaf("term", t.getTerm(), t.getTerm().text());
    }
    if (query instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (query instanceof MatchAllDocsQuery) {
      return wrap("match_all", object());
    }
    if (query instanceof MatchNoDocsQuery) {
      return wrap("match_none", object());
    }
    if (query instanceof PointRangeQuery p && p.getField().equals(IndexFields.YEAR)) {
      return year(p);
    }
    if (query instanceof WildcardQuery w) {
      return leaf("wildcard", w.getTerm(), w.getTerm().text());
    }
    if (query instanceof PrefixQuery p) {
      return leaf("prefix", p.getPrefix(), p.getPrefix().text());
    }
    if (query instanceof RegexpQuery r) {
      return leaf("regexp", r.getRegexp(), r.getRegexp().text());
    }
    if (query instanceof FuzzyQuery f) {
      ObjectNode node = leaf("fuzzy", f.getTerm(), f.getTerm().text());
      ((ObjectNode) node.get("fuzzy").get(field(f.getTerm().field())))
          .put("fuzziness", f.getMaxEdits());
      return node;
    }
    throw new InvalidQueryException(
        "OpenSearch cannot run this part of the query yet: " + query.toString(""));
  }

  private static ObjectNode bool(BooleanQuery b) {
    if (b.clauses().isEmpty()) {
      return wrap("match_none", object());
    }
    ObjectNode bool = object();
    for (BooleanClause c : b.clauses()) {
      String occur = c.getOccur().name().toLowerCase(Locale.ROOT);
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(of(c.getQuery()));
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    } else if (bool.has("should") && bool.size() > 1) {
      bool.put("minimum_should_match", 0);
    }
    return wrap("bool", bool);
  }

  private static ObjectNode phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != positions[0] + i) {
        throw new InvalidQueryException("OpenSearch cannot run a phrase with gaps: " + p);
      }
    }
    boolean bigrams = p.getField().equals(IndexFields.TEXT_BIGRAMS);
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      String t = terms[i].text();
      words.append(i == 0 ? "" : " ");
      words.append(bigrams && i < terms.length - 1 ? t.substring(0, t.indexOf(' ')) : t);
    }
    ObjectNode params = object();
    params.put("query", words.toString());
    params.put("slop", p.getSlop());
    ObjectNode field = object();
    field.set(field(p.getField()), params);
    return wrap("match_phrase", field);
  }

  /** A range of years; like the local point query it scores every match alike. */
  private static ObjectNode year(PointRangeQuery p) {
    ObjectNode bounds = object();
    bounds.put("gte", Integer.toString(IntPoint.decodeDimension(p.getLowerPoint(), 0)));
    bounds.put("lte", Integer.toString(IntPoint.decodeDimension(p.getUpperPoint(), 0)));
    ObjectNode field = object();
    field.set(field(IndexFields.YEAR), bounds);
    return wrap("range", field);
  }

  private static ObjectNode leaf(String kind, Term term, String value) {
    ObjectNode params = object();
    params.put("value", value);
    ObjectNode field = object();
    field.set(field(term.field()), params);
    return wrap(kind, field);
  }

  private static String field(String local) {
    String field = FIELDS.get(local);
    if (field == null) {
      throw new InvalidQueryException("OpenSearch does not hold the field " + local);
    }
    return field;
  }

  private static ObjectNode object() {
    return OpenSearchConnection.JSON.createObjectNode();
  }

  private static ObjectNode wrap(String kind, ObjectNode body) {
    ObjectNode node = OpenSearchConnection.JSON.createObjectNode();
    node.set(kind, body);
    return node;
  }
}
