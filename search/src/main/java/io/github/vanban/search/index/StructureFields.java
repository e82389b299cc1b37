package io.github.vanban.search.index;

import io.github.vanban.core.recognize.structure.StructureNode;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * The Lucene mapping of the structure layer: the stored outline ({@link IndexFields#OUTLINE}, see
 * {@link StoredOutline}), from which a query says where a hit's snippet stands. The headings the
 * {@code section:} queries search ({@link IndexFields#SECTIONS}) come from the structure key's own
 * {@link io.github.vanban.core.pipeline.LayerIndexer}, as every indexer's do.
 *
 * <p>Stateless and thread-safe.
 */
final class StructureFields implements LayerFields<List<StructureNode>> {

  @Override
  public void addFields(List<StructureNode> structure, MappedFile file, Document d) {
    Fields.store(d, IndexFields.OUTLINE, StoredOutline.encode(structure));
  }
}
