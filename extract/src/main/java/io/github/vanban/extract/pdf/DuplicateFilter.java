package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Glyph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a glyph drawn again over itself (the way simulated bold and some shadows are made):
 * same text, within a third of its width and size of an earlier one.
 *
 * <p>Not thread-safe: one filter per page.
 */
final class DuplicateFilter {

  private final Map<String, List<Glyph>> seen = new HashMap<>();

  /** Returns true the first time a glyph is seen, false for a copy over an earlier one. */
  boolean firstSeen(Glyph glyph) {
    if (glyph.blank()) {
      return true;
    }
    List<Glyph> same = seen.computeIfAbsent(glyph.text(), k -> new ArrayList<>());
    float dx = Math.max(0.5f, glyph.width() / 3);
    float dy = Math.max(0.5f, glyph.size() / 3);
    for (Glyph g : same) {
      if (Math.abs(g.x() - glyph.x()) < dx && Math.abs(g.baseline() - glyph.baseline()) < dy) {
        return false;
      }
    }
    same.add(glyph);
    return true;
  }
}
