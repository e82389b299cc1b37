package io.github.vanban.search.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Reads the files an index holds with their content hashes, from doc values, without loading stored
 * text.
 *
 * <p>Stateless and thread-safe.
 */
final class IndexedFiles {

  private IndexedFiles() {}

  /** Returns the id and hash of every file document {@code reader} sees. */
  static Map<String, String> read(DirectoryReader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      readLeaf(leaf, out);
    }
    return out;
  }

  private static void readLeaf(LeafReaderContext leaf, Map<String, String> out) throws IOException {
    SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.FILE_SOURCE);
    BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexFields.HASH);
    if (ids == null || hashes == null) {
      return;
    }
    Bits live = leaf.reader().getLiveDocs();
    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
      if ((live == null || live.get(doc)) && hashes.advanceExact(doc)) {
        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.binaryValue().utf8ToString());
      }
    }
  }
}
