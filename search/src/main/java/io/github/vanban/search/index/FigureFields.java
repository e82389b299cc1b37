package io.github.vanban.search.index;

import io.github.vanban.core.model.Figure;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;

/**
 * The Lucene mapping of the figure layer: only the number of figures ({@link
 * IndexFields#COUNT_FIGURES}); the figures a query asks for are those of the metrics.
 *
 * <p>Stateless and thread-safe.
 */
final class FigureFields implements LayerFields<List<Figure>> {

  @Override
  public void addFields(List<Figure> figures, MappedFile file, Document d) {
    d.add(new NumericDocValuesField(IndexFields.COUNT_FIGURES, figures.size()));
  }
}
