package io.github.vanban.search.query;

import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.search.index.IndexFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The folded text terms a query looks for, terms of its wildcards and fuzzy terms included, as a
 * predicate over folded syllables; prohibited clauses are left out. Built once per query; the
 * predicate is thread-safe.
 */
final class MatchedTerms implements Predicate<String> {

  private final Set<String> terms = new HashSet<>();
  private final List<ByteRunAutomaton> automata = new ArrayList<>();

  private MatchedTerms() {}

  /** Returns the terms of {@code query}. */
  static MatchedTerms of(Query query) {
    MatchedTerms m = new MatchedTerms();
    query.visit(m.new Collector());
    return m;
  }

  @Override
  public boolean test(String folded) {
    if (terms.contains(folded)) {
      return true;
    }
    BytesRef bytes = new BytesRef(folded);
    return automata.stream().anyMatch(a -> a.run(bytes.bytes, bytes.offset, bytes.length));
  }

  private final class Collector extends QueryVisitor {
    @Override
    public void consumeTerms(Query query, Term... found) {
      for (Term t : found) {
        if (t.field().equals(IndexFields.TEXT) || t.field().equals(IndexFields.TEXT_FOLDED)) {
          terms.add(VietnameseText.foldDiacritics(t.text()));
        } else if (t.field().equals(IndexFields.TEXT_BIGRAMS)) {
          terms.addAll(List.of(t.text().split(" ")));
        }
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (field.equals(IndexFields.TEXT_FOLDED)) {
        automata.add(automaton.get());
      }
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }
}
