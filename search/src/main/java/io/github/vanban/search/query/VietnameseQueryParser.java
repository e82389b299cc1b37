package io.github.vanban.search.query;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.recognize.number.DocumentNumbers;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.search.index.DocumentMapper;
import io.github.vanban.search.index.IndexFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Parses Lucene query syntax into queries over the vanban schema.
 *
 * <p>Words of the document text ({@code text:}, the default) must match their folded form, every
 * word required by default; the query's accented words with their exact diacritics, and adjacent
 * syllable pairs, are optional clauses that raise the score. {@code title:}, {@code issuer:} and
 * {@code section:} (a heading of the document's structure: {@code section:"Điều 5"}) match folded
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
          Map.entry("section", IndexFields.SECTIONS),
          Map.entry("type", IndexFields.TYPE_KEY),
          Map.entry("number", IndexFields.NUMBER_KEY),
          Map.entry("cites", IndexFields.CITES),
          Map.entry("year", IndexFields.YEAR),
          Map.entry("date", IndexFields.DATES),
          Map.entry("format", IndexFields.FORMAT));

  private final float exactBoost;
  private final float bigramBoost;

  VietnameseQueryParser() {
    this(EXACT_BOOST, BIGRAM_BOOST);
  }

  /** Creates a parser with other weights; a weight of 0 leaves its clause out (for measuring). */
  VietnameseQueryParser(float exactBoost, float bigramBoost) {
    super(IndexFields.TEXT, IndexFields.analyzer());
    this.exactBoost = exactBoost;
    this.bigramBoost = bigramBoost;
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(false);
  }

  /**
   * Adds each query as one clause: Lucene's parser would otherwise spread the clauses of a
   * multi-word query into the outer query with the default operator, making the optional
   * exact-diacritics and bigram clauses required.
   */
  @Override
  protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
    if (q != null) {
      clauses.add(
          newBooleanClause(q, getDefaultOperator() == Operator.AND ? Occur.MUST : Occur.SHOULD));
    }
  }

  private static String field(String name) throws ParseException {
    String f = ALIASES.get(name.toLowerCase(Locale.ROOT));
    if (f == null) {
      throw new ParseException(
          "unknown field '"
              + name
              + "'; fields: text, title, issuer, section, type, number, cites, year, date,"
              + " format");
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
      case IndexFields.DATES -> mentionedDates(period(text), period(text));
      // The format is a facet only: its drill-down term matches.
      case IndexFields.FORMAT ->
          new TermQuery(
              new Term(
                  FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
                  FacetsConfig.pathToString(
                      field, new String[] {text.strip().toLowerCase(Locale.ROOT)})));
      default -> words(field, text, slop);
    };
  }

  /**
   * The text clauses: the folded words or phrase required, the accented ones boosted, the syllable
   * bigrams of loose words boosted. An exact phrase of two or more syllables is required as the
   * phrase of its consecutive syllable bigrams: the positions of the folded phrase, found through
   * far rarer terms (a phrase of common syllables such as {@code "kinh tế số"} otherwise checks
   * positions of its syllables in most of the index).
   */
  private Query content(String text, int slop) {
    Query folded = slop == 0 ? createPhraseQuery(IndexFields.TEXT_BIGRAMS, text, 0) : null;
    if (folded == null) {
      folded = words(IndexFields.TEXT_FOLDED, text, slop);
    }
    if (folded == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(folded, Occur.MUST);
    Query exact =
        slop < 0
            ? createBooleanQuery(IndexFields.TEXT, text, Occur.SHOULD)
            : createPhraseQuery(IndexFields.TEXT, text, slop);
    exact = exact == null ? null : accentedOnly(exact);
    if (exact != null && exactBoost > 0) {
      b.add(new BoostQuery(exact, exactBoost), Occur.SHOULD);
    }
    Query bigrams =
        slop < 0 ? createBooleanQuery(IndexFields.TEXT_BIGRAMS, text, Occur.SHOULD) : null;
    if (bigrams != null && bigramBoost > 0) {
      b.add(new BoostQuery(bigrams, bigramBoost), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Keeps the exact-diacritics terms that carry diacritics: an unaccented query word adds nothing
   * exact to its folded match, and rewarding it would favour texts whose diacritics are lost
   * (measured: accent-less P@5 fell from 0.84 to 0.74 on the shared corpus). A phrase stays when
   * any of its words is accented. Returns null when nothing is left.
   */
  private static Query accentedOnly(Query exact) {
    if (exact instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int kept = 0;
      for (BooleanClause c : bq.clauses()) {
        if (hasAccent(c.getQuery())) {
          b.add(c);
          kept++;
        }
      }
      return kept == 0 ? null : b.build();
    }
    return hasAccent(exact) ? exact : null;
  }

  private static boolean hasAccent(Query q) {
    boolean[] found = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              found[0] |= !VietnameseText.foldDiacritics(t.text()).equals(t.text());
            }
          }
        });
    return found[0];
  }

  private Query words(String field, String text, int slop) {
    Occur each = getDefaultOperator() == Operator.AND ? Occur.MUST : Occur.SHOULD;
    return slop < 0 ? createBooleanQuery(field, text, each) : createPhraseQuery(field, text, slop);
  }

  private static Query numberQuery(String field, String text) {
    String key = DocumentNumbers.key(text);
    return key.isEmpty() ? new MatchNoDocsQuery("no number") : new TermQuery(new Term(field, key));
  }

  /** Documents mentioning a date that overlaps the days from {@code first} to {@code last}. */
  private static Query mentionedDates(DateValue first, DateValue last) {
    return LongRange.newIntersectsQuery(
        IndexFields.DATES, new long[] {first.startDay()}, new long[] {last.endDay()});
  }

  private static DateValue period(String text) throws ParseException {
    return DateValue.tryParse(text)
        .orElseThrow(
            () ->
                new ParseException(
                    "date must be a period such as 2024, 2024-Q4, 2024-07 or 2024-07-10, not '"
                        + text
                        + "'"));
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
    if (field.equals(IndexFields.DATES) && part1 != null && part2 != null) {
      return mentionedDates(period(part1), period(part2));
    }
    if (!field.equals(IndexFields.YEAR)) {
      throw new ParseException("ranges work on year and date only, not on '" + name + "'");
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
