package io.github.vanban.search.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.search.index.IndexFields;
import io.github.vanban.search.testing.CorpusIndex;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * Measures what the exact-diacritics and syllable-bigram clauses add on the evaluation corpus: for
 * multi-word queries typed with and without diacritics, how many of the top five documents hold the
 * words as written together (the phrase, with the query's diacritics when it has them), and the
 * reciprocal rank of the first such document. Prints the numbers; asserts the full parser is not
 * worse than folded syllables alone.
 */
class VietnameseQueryParserRelevanceTest {

  private static final List<String> PHRASES =
      List.of(
          "kinh tế di sản",
          "chuyển đổi số",
          "cải cách hành chính",
          "đầu tư công",
          "tăng trưởng kinh tế",
          "ngân sách nhà nước",
          "an sinh xã hội",
          "khoa học công nghệ",
          "đổi mới sáng tạo",
          "nông thôn mới",
          "bảo vệ môi trường",
          "thủ tục hành chính",
          "nguồn nhân lực",
          "quốc phòng an ninh",
          "phòng chống ma túy",
          "giải ngân vốn",
          "hạ tầng giao thông",
          "du lịch biển",
          "kinh tế tư nhân",
          "chính quyền địa phương");

  private record Score(double precision, double reciprocalRank) {}

  @Test
  void bigramsAndExactDiacriticsRankTheWordsAboveScatteredSyllables() throws Exception {
    try (FSDirectory d = FSDirectory.open(CorpusIndex.path());
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      float[][] variants = {{0, 0}, {2, 0}, {0, 1}, {2, 1}};
      String[] names = {"folded only", "+ exact", "+ bigrams", "+ exact + bigrams"};
      Score[] folded = new Score[4];
      Score[] accented = new Score[4];
      for (int v = 0; v < variants.length; v++) {
        VietnameseQueryParser parser = new VietnameseQueryParser(variants[v][0], variants[v][1]);
        folded[v] = measure(searcher, parser, true);
        accented[v] = measure(searcher, parser, false);
        System.out.printf(
            Locale.ROOT,
            "%-18s accent-less P@5 %.3f MRR %.3f | with diacritics P@5 %.3f MRR %.3f%n",
            names[v],
            folded[v].precision(),
            folded[v].reciprocalRank(),
            accented[v].precision(),
            accented[v].reciprocalRank());
      }
      assertTrue(folded[3].precision() >= folded[0].precision(), "bigrams hurt accent-less P@5");
      assertTrue(accented[3].precision() >= accented[0].precision(), "clauses hurt P@5");
    }
  }

  private static Score measure(IndexSearcher searcher, VietnameseQueryParser parser, boolean fold)
      throws IOException, ParseException {
    double precision = 0;
    double rr = 0;
    for (String phrase : PHRASES) {
      String query = fold ? VietnameseText.foldDiacritics(phrase) : phrase;
      BooleanQuery q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)), Occur.FILTER)
              .add(parser.parse(query), Occur.MUST)
              .build();
      Pattern relevant = phrasePattern(query);
      ScoreDoc[] top = searcher.search(q, 5).scoreDocs;
      int good = 0;
      for (int i = 0; i < top.length; i++) {
        String text = searcher.storedFields().document(top[i].doc).get(IndexFields.TEXT);
        text = fold ? VietnameseText.foldDiacritics(text) : text;
        if (relevant.matcher(text).find()) {
          good++;
          rr += good == 1 ? 1.0 / (i + 1) : 0;
        }
      }
      precision += top.length == 0 ? 0 : (double) good / top.length;
    }
    return new Score(precision / PHRASES.size(), rr / PHRASES.size());
  }

  /** The phrase's syllables in order, separated only by white space, case ignored. */
  private static Pattern phrasePattern(String phrase) {
    String[] words = phrase.split(" ");
    StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{Nd}])");
    for (int i = 0; i < words.length; i++) {
      p.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(
        p.append("(?![\\p{L}\\p{Nd}])").toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
