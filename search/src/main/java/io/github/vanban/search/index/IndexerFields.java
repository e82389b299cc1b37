package io.github.vanban.search.index;

import io.github.vanban.analysis.AnalyzedText;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.pipeline.IndexField;
import io.github.vanban.core.pipeline.LayerIndexer;
import io.github.vanban.core.pipeline.LayerKey;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

/**
 * The Lucene mapping of a layer whose key brings a {@link LayerIndexer}: each {@link IndexField}
 * the indexer gives stored as written and indexed as folded words under its name (the structure's
 * {@link IndexFields#SECTIONS}).
 *
 * <p>Stateless and thread-safe.
 *
 * @param <T> the layer's value type
 */
final class IndexerFields<T> implements LayerFields<T> {

  private final LayerIndexer<T> indexer;

  private IndexerFields(LayerIndexer<T> indexer) {
    this.indexer = indexer;
  }

  /** Returns the mapping of {@code key}'s indexer, or empty when the key brings none. */
  static <T> Optional<LayerMappings.Mapping<T>> of(LayerKey<T> key) {
    return key.indexer().map(i -> new LayerMappings.Mapping<>(key, new IndexerFields<>(i)));
  }

  @Override
  public void addFields(T value, MappedFile file, Document d) {
    for (IndexField f : indexer.fields(value)) {
      d.add(new StoredField(f.name(), f.value()));
      d.add(new TextField(f.name(), AnalyzedText.of(f.value()).stream(Mode.FOLDED)));
    }
  }
}
