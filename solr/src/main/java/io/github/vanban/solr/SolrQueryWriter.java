package io.github.vanban.solr;

import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.query.InvalidQueryException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Writes a Lucene query over the vanban schema (as {@link
 * io.github.vanban.search.query.ParsedSearch} builds it) in Solr's standard query syntax, so that
 * Solr runs the same query: the same clauses, boosts and terms. Terms go through {@code {!term}}
 * with their text in a request parameter, so they are matched as they are, not analysed again;
 * phrases and multi-term queries are written in the syntax whose analysis gives them back. The
 * clauses need {@code q.op=OR}: a clause without a sign is optional. Used once per query; not
 * thread-safe.
 */
final class SolrQueryWriter {

  private static final Pattern RANGE = Pattern.compile("\\[(-?\\d+) : (-?\\d+)]");

  private final Map<String, String> params = new LinkedHashMap<>();
  private final String prefix;
  private final String text;

  private SolrQueryWriter(Query query, String prefix) {
    this.prefix = prefix;
    StringBuilder out = new StringBuilder();
    write(query, out);
    this.text = out.toString();
  }

  /**
   * Writes {@code query}, naming its parameters {@code prefix0}, {@code prefix1}...
   *
   * @throws InvalidQueryException when it holds a kind of query Solr's syntax cannot say alike
   */
  static SolrQueryWriter of(Query query, String prefix) {
    return new SolrQueryWriter(query, prefix);
  }

  /** Returns the query text, for the {@code q} or {@code fq} parameter. */
  String text() {
    return text;
  }

  /** Returns the parameters the text refers to ({@code $name}), to send with it. */
  Map<String, String> params() {
    return params;
  }

  private void write(Query q, StringBuilder out) {
    if (q instanceof BooleanQuery b) {
      bool(b, out);
    } else if (q instanceof BoostQuery b) {
      out.append('(');
      write(b.getQuery(), out);
      out.append(")^").append(b.getBoost());
    } else if (q instanceof TermQuery t) {
      nested(out, "{!term f=" + t.getTerm().field(), t.getTerm().text());
    } else if (q instanceof PhraseQuery p) {
      phrase(p, out);
    } else if (q instanceof MatchAllDocsQuery) {
      out.append("*:*");
    } else if (q instanceof MatchNoDocsQuery) {
      out.append("(+*:* -*:*)");
    } else if (q instanceof PointRangeQuery p && p.getField().equals(IndexFields.YEAR)) {
      years(p, out);
    } else if (q instanceof WildcardQuery w) {
      Term t = w.getTerm();
      out.append(t.field()).append(':').append(escape(t.text(), "*?"));
    } else if (q instanceof PrefixQuery p) {
      out.append(p.getField()).append(':').append(escape(p.getPrefix().text(), "")).append('*');
    } else if (q instanceof FuzzyQuery f) {
      Term t = f.getTerm();
      out.append(t.field()).append(':').append(escape(t.text(), "")).append('~');
      out.append(f.getMaxEdits());
    } else if (q instanceof RegexpQuery r) {
      Term t = r.getRegexp();
      out.append(t.field()).append(":/").append(t.text().replace("/", "\\/")).append('/');
    } else if (q.toString().startsWith(IndexFields.DATES + ":")) {
      dates(q, out);
    } else {
      throw new InvalidQueryException("Solr cannot run this part of the query: " + q);
    }
  }

  private void bool(BooleanQuery b, StringBuilder out) {
    if (b.getMinimumNumberShouldMatch() > 0) {
      throw new InvalidQueryException("Solr cannot run a minimum of optional clauses: " + b);
    }
    List<BooleanClause> clauses = b.clauses();
    if (clauses.isEmpty()) {
      out.append("(+*:* -*:*)");
      return;
    }
    out.append('(');
    for (int i = 0; i < clauses.size(); i++) {
      BooleanClause c = clauses.get(i);
      out.append(i == 0 ? "" : " ");
      switch (c.getOccur()) {
        case MUST -> out.append('+');
        case MUST_NOT -> out.append('-');
        case FILTER -> out.append("+filter(");
        case SHOULD -> {}
      }
      write(c.getQuery(), out);
      if (c.getOccur() == BooleanClause.Occur.FILTER) {
        out.append(')');
      }
    }
    out.append(')');
  }

  /** A phrase as the quoted text whose analysis in its field gives its terms back. */
  private void phrase(PhraseQuery p, StringBuilder out) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != positions[0] + i) {
        throw new InvalidQueryException("Solr cannot run a phrase with gaps: " + p);
      }
    }
    StringBuilder words = new StringBuilder();
    boolean bigrams = p.getField().equals(IndexFields.TEXT_BIGRAMS);
    for (int i = 0; i < terms.length; i++) {
      String t = terms[i].text();
      String word = bigrams && i < terms.length - 1 ? t.substring(0, t.indexOf(' ')) : t;
      words.append(i == 0 ? "" : " ").append(word);
    }
    String phrase =
        p.getField()
            + ":\""
            + words.toString().replace("\\", "\\\\").replace("\"", "\\\"")
            + "\""
            + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    nested(out, "{!lucene", phrase);
  }

  private static void years(PointRangeQuery p, StringBuilder out) {
    int low = IntPoint.decodeDimension(p.getLowerPoint(), 0);
    int high = IntPoint.decodeDimension(p.getUpperPoint(), 0);
    out.append(IndexFields.YEAR).append(":[");
    out.append(low == Integer.MIN_VALUE ? "*" : Integer.toString(low)).append(" TO ");
    out.append(high == Integer.MAX_VALUE ? "*" : Integer.toString(high)).append(']');
  }

  /** The local index's date query (days overlapping a range) on the date-range field. */
  private void dates(Query q, StringBuilder out) {
    Matcher m = RANGE.matcher(q.toString());
    if (!m.find()) {
      throw new InvalidQueryException("Solr cannot run this part of the query: " + q);
    }
    LocalDate first = LocalDate.ofEpochDay(Long.parseLong(m.group(1)));
    LocalDate last = LocalDate.ofEpochDay(Long.parseLong(m.group(2)));
    nested(
        out,
        "{!field f=" + IndexFields.DATES + " op=Intersects",
        "[" + first + " TO " + last + "]");
  }

  /** A nested query whose value is a request parameter: no escaping, no second analysis. */
  private void nested(StringBuilder out, String open, String value) {
    String name = prefix + params.size();
    params.put(name, value);
    out.append("_query_:\"").append(open).append(" v=$").append(name).append("}\"");
  }

  private static String escape(String s, String keep) {
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (keep.indexOf(c) < 0 && ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || c == ' ')) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
