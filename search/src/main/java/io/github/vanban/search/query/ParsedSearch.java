package io.github.vanban.search.query;

import io.github.vanban.search.index.IndexFields;
import java.util.Objects;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The text of a search parsed as the local index parses it: the Lucene query over the fields of
 * {@link IndexFields} (syntax in {@link SearchQuery}), and the snippet it marks in a document's
 * text. Engines that store the same fields run this same query, so every backend ranks and marks
 * alike.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParsedSearch {

  private static final SnippetBuilder SNIPPETS = new SnippetBuilder();

  private final Query query;
  private final MatchedTerms matched;

  private ParsedSearch(Query query) {
    this.query = query;
    this.matched = MatchedTerms.of(query);
  }

  /**
   * Parses a search's text; blank text matches every document.
   *
   * @param text the query in Lucene syntax, as {@link SearchQuery} describes
   * @return the parsed query with the words it matches, for snippets
   * @throws InvalidQueryException when the text is malformed or names an unknown field
   */
  public static ParsedSearch parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new ParsedSearch(new MatchAllDocsQuery());
    }
    QueryErrors.checkLength(text);
    try {
      return new ParsedSearch(new VietnameseQueryParser().parse(QueryText.quoteSlashedWords(text)));
    } catch (ParseException e) {
      throw QueryErrors.explain(text, e);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(
          "invalid query: the regular expression is too complex; make it more precise", e);
    }
  }

  /**
   * Returns the filter keeping documents whose issuer holds every word of {@code issuer}
   * (diacritics ignored), or null when it holds no word.
   *
   * @param issuer the issuer words, as typed
   * @return the filter, or {@code null} when {@code issuer} holds no word
   */
  public static Query issuerFilter(String issuer) {
    return new VietnameseQueryParser()
        .createBooleanQuery(IndexFields.ISSUER_FOLDED, issuer, Occur.MUST);
  }

  /**
   * Returns the Lucene query.
   *
   * @return the Lucene query, never null
   */
  public Query query() {
    return query;
  }

  /**
   * Returns the snippet of a document's text: about 240 characters holding the most distinct
   * matching words, HTML-escaped, each run of matches in {@code <b>...</b>}, with the span of the
   * matches it marks.
   *
   * @param text a document's text
   * @return the snippet, never null
   */
  public Snippet snippet(String text) {
    return SNIPPETS.build(text, matched);
  }
}
