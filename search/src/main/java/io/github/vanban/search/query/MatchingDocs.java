package io.github.vanban.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the ids of every matching document, unscored, in index order. One instance per search;
 * its collectors are not thread-safe, the reduction is.
 */
final class MatchingDocs implements CollectorManager<MatchingDocs.Ids, int[]> {

  /** The documents one slice of the index matched. */
  static final class Ids extends SimpleCollector {
    private int[] docs = new int[64];
    private int size;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
      }
      docs[size++] = base + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public Ids newCollector() {
    return new Ids();
  }

  @Override
  public int[] reduce(Collection<Ids> collectors) throws IOException {
    int total = 0;
    for (Ids c : collectors) {
      total += c.size;
    }
    int[] out = new int[total];
    int at = 0;
    for (Ids c : collectors) {
      System.arraycopy(c.docs, 0, out, at, c.size);
      at += c.size;
    }
    Arrays.sort(out);
    return out;
  }
}
