package io.github.vanban.search.query;

import io.github.vanban.search.analysis.DocumentNumberKeys;
import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.IndexFields;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Parses Lucene query syntax into queries over the vanban schema.
 *
 * <p>Words of the document text ({@code text:}, the default) must match their folded form, every
 * word required by default; the same words with their exact diacritics and as adjacent syllable
 * pairs are optional clauses that raise the score. {@code title:} and {@code issuer:} match folded
 * words, {@code type:} a type abbreviation, {@code number:} a document's own number and {@code
 * cites:} a cited number in any spelling, {@code year:} a year or a range of years. Not
 * thread-safe, like Lucene's parser: make one per query.
 */
final class VietnameseQueryParser extends QueryParser {

  /** How much more an exact-diacritics match weighs than a folded one. */
  static final float EXACT_BOOST = 2f;

  /** How much an adjacent syllable pair weighs. */
  static final float BIGRAM_BOOST = 1f;

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("text", IndexFields.TEXT),
          Map.entry("title", IndexFields.TITLE_FOLDED),
          Map.entry("subject", IndexFields.TITLE_FOLDED),
          Map.entry("issuer", IndexFields.ISSUER_FOLDED),
          Map.entry("type", IndexFields.TYPE_KEY),
          Map.entry("number", IndexFields.NUMBER_KEY),
          Map.entry("cites", IndexFields.CITES),
          Map.entry("year", IndexFields.YEAR));

  VietnameseQueryParser() {
    super(IndexFields.TEXT, IndexFields.analyzer());
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(false);
  }

  private static String field(String name) throws ParseException {
    String f = ALIASES.get(name.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new ParseException(
          "unknown field '" + name + "'; fields: text, title, issuer, type, number, cites, year");
    }
    return f;
  }

  @Override
  protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
    return fieldQuery(field(name), text, quoted ? 0 : -1);
  }

  @Override
  protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
    return fieldQuery(field(name), text, slop);
  }

  /** Builds the query of one field; {@code slop} is -1 for loose words, else a phrase's slop. */
  private Query fieldQuery(String field, String text, int slop) throws ParseException {
    return switch (field) {
      case IndexFields.TEXT -> content(text, slop);
      case IndexFields.TYPE_KEY -> new TermQuery(new Term(field, DocumentMapper.typeKey(text)));
      case IndexFields.NUMBER_KEY, IndexFields.CITES -> numberQuery(field, text);
      case IndexFields.YEAR -> IntPoint.newExactQuery(field, year(text));
      default -> words(field, text, slop);
    };
  }

  private Query content(String text, int slop) {
    Query folded = words(IndexFields.TEXT_FOLDED, text, slop);
    if (folded == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(folded, Occur.MUST);
    Query exact =
        slop < 0
            ? createBooleanQuery(IndexFields.TEXT, text, Occur.SHOULD)
            : createPhraseQuery(IndexFields.TEXT, text, slop);
    if (exact != null) {
      b.add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD);
    }
    Query bigrams =
        slop < 0 ? createBooleanQuery(IndexFields.TEXT_BIGRAMS, text, Occur.SHOULD) : null;
    if (bigrams != null) {
      b.add(new BoostQuery(bigrams, BIGRAM_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  private Query words(String field, String text, int slop) {
    Occur each = getDefaultOperator() == Operator.AND ? Occur.MUST : Occur.SHOULD;
    return slop < 0 ? createBooleanQuery(field, text, each) : createPhraseQuery(field, text, slop);
  }

  private static Query numberQuery(String field, String text) {
    String key = DocumentNumberKeys.key(text);
    return key.isEmpty() ? new MatchNoDocsQuery("no number") : new TermQuery(new Term(field, key));
  }

  private static int year(String text) throws ParseException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException("year must be a number, not '" + text + "'");
    }
  }

  @Override
  protected Query getRangeQuery(
      String name, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String field = field(name);
    if (!field.equals(IndexFields.YEAR)) {
      throw new ParseException("ranges work on year only, not on '" + name + "'");
    }
    int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
    int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
    low = startInclusive || low == Integer.MIN_VALUE ? low : low + 1;
    high = endInclusive || high == Integer.MAX_VALUE ? high : high - 1;
    return IntPoint.newRangeQuery(field, low, high);
  }

  @Override
  protected Query getWildcardQuery(String name, String term) throws ParseException {
    if (name.equals("*")) {
      return super.getWildcardQuery(name, term);
    }
    return super.getWildcardQuery(wordField(name), term);
  }

  @Override
  protected Query getPrefixQuery(String name, String term) throws ParseException {
    return super.getPrefixQuery(wordField(name), term);
  }

  @Override
  protected Query getFuzzyQuery(String name, String term, float similarity) throws ParseException {
    return super.getFuzzyQuery(wordField(name), term, similarity);
  }

  @Override
  protected Query getRegexpQuery(String name, String term) throws ParseException {
    return super.getRegexpQuery(wordField(name), term);
  }

  /** Returns the folded field that wildcards, prefixes and fuzzy terms of {@code name} run on. */
  private static String wordField(String name) throws ParseException {
    String field = field(name);
    return switch (field) {
      case IndexFields.TEXT -> IndexFields.TEXT_FOLDED;
      case IndexFields.TITLE_FOLDED, IndexFields.ISSUER_FOLDED -> field;
      default ->
          throw new ParseException(
              "wildcards and fuzzy terms work on text, title and issuer, not on '" + name + "'");
    };
  }
}
