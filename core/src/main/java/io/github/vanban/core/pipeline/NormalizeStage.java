package io.github.vanban.core.pipeline;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.UncertainWord;
import io.github.vanban.core.text.NormalizedText;
import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Set;

/**
 * Normalises the text with {@link VietnameseText#normalize(String)} and moves the block spans and
 * the uncertain words onto the new text. Immutable and thread-safe.
 */
public final class NormalizeStage implements Stage {

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.NORMALIZED_TEXT);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    NormalizedText normalized = VietnameseText.normalize(document.text());
    List<Block> blocks = document.blocks().stream().map(b -> b.remap(normalized::map)).toList();
    List<UncertainWord> uncertain =
        document.uncertain().stream().map(w -> w.remap(normalized::map)).toList();
    return document.withNormalizedText(normalized.text(), blocks, uncertain);
  }
}
