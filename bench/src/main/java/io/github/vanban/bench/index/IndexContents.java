package io.github.vanban.bench.index;

import io.github.vanban.search.index.IndexFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index holds, read after a run: file documents, their pages, both per format.
 *
 * <p>Immutable.
 *
 * @param documents file documents (not metric or reference documents)
 * @param pages their pages, as the extractors counted them
 * @param byFormat documents and pages per format
 */
public record IndexContents(long documents, long pages, Map<String, long[]> byFormat) {

  /** Reads the index at {@code path}. */
  public static IndexContents read(Path path) throws IOException {
    try (FSDirectory dir = FSDirectory.open(path);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery docs = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC));
      int n = Math.max(1, searcher.count(docs));
      Map<String, long[]> byFormat = new TreeMap<>();
      long pages = 0;
      Set<String> fields = Set.of(IndexFields.PAGES, IndexFields.FORMAT);
      for (ScoreDoc sd : searcher.search(docs, n).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc, fields);
        long p = d.getField(IndexFields.PAGES).numericValue().longValue();
        long[] c = byFormat.computeIfAbsent(d.get(IndexFields.FORMAT), k -> new long[2]);
        c[0]++;
        c[1] += p;
        pages += p;
      }
      return new IndexContents(searcher.count(docs), pages, byFormat);
    }
  }

  /** Returns the bytes of the files of the index at {@code path}. */
  static long size(Path path) throws IOException {
    try (Stream<Path> s = Files.walk(path)) {
      long total = 0;
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }
}
