package io.github.vanban.extract.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups a page's glyphs into {@link TextLine}s: glyphs whose baselines lie within half a font size
 * of each other form one line (so superscripts stay on theirs), and a line is cut into chunks where
 * a horizontal gap is wider than two font sizes, or than one font size and three word gaps (the
 * gutter of a two-column header, a tab stop). Chunks that only draw a rule with underscores or
 * dashes are dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineBuilder {

  /** Baselines closer than this share of the larger font size are one line. */
  static final float SAME_LINE = 0.45f;

  /** A gap wider than this many font sizes separates chunks. */
  static final float CHUNK_GAP = 2.0f;

  /**
   * A gap wider than this many font sizes separates chunks when it is also {@link #WORD_GAP_RATIO}
   * times the line's usual word gap (tight two-column headers; justified lines stretch all their
   * gaps alike).
   */
  static final float NARROW_CHUNK_GAP = 1.0f;

  /** How many usual word gaps a narrow chunk gap spans at least. */
  static final float WORD_GAP_RATIO = 3.0f;

  /** Text that only draws a rule ({@code ______}, {@code -----}, {@code .....}): not kept. */
  private static final Pattern RULE = Pattern.compile("[_\\-–—=.*·•~\\s]{3,}");

  private LineBuilder() {}

  /**
   * Returns the page's lines, top to bottom; lines with no visible glyph are left out.
   *
   * @param page the 1-based page number the lines carry
   * @param glyphs the page's glyphs, in any order
   * @return the lines, top to bottom
   */
  public static List<TextLine> build(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    Glyph reference = null;
    for (Glyph g : sorted) {
      if (reference != null
          && g.baseline() - reference.baseline()
              > SAME_LINE * Math.max(g.size(), reference.size())) {
        addLine(page, current, reference, lines);
        current = new ArrayList<>();
        reference = null;
      }
      current.add(g);
      if (!g.blank() && (reference == null || g.size() >= reference.size())) {
        reference = g;
      }
    }
    if (reference != null) {
      addLine(page, current, reference, lines);
    }
    return lines;
  }

  private static void addLine(int page, List<Glyph> glyphs, Glyph reference, List<TextLine> lines) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    float wordGap = medianWordGap(glyphs);
    List<Chunk> chunks = new ArrayList<>();
    List<Glyph> part = new ArrayList<>();
    float right = Float.NaN;
    for (Glyph g : glyphs) {
      if (!g.blank()) {
        float gap = g.x() - right;
        boolean wide =
            gap > CHUNK_GAP * g.size()
                || gap > NARROW_CHUNK_GAP * g.size() && gap > WORD_GAP_RATIO * wordGap;
        if (!Float.isNaN(right) && wide) {
          addChunk(part, reference, chunks);
          part = new ArrayList<>();
        }
        right = Float.isNaN(right) ? g.right() : Math.max(right, g.right());
      }
      part.add(g);
    }
    addChunk(part, reference, chunks);
    if (!chunks.isEmpty()) {
      lines.add(
          new TextLine(page, chunks, reference.baseline(), typicalSize(glyphs), bold(glyphs)));
    }
  }

  /** Returns the median gap between words on a line (0 when it has none). */
  private static float medianWordGap(List<Glyph> sorted) {
    List<Float> gaps = new ArrayList<>();
    float right = Float.NaN;
    for (Glyph g : sorted) {
      if (g.blank()) {
        continue;
      }
      float gap = g.x() - right;
      if (!Float.isNaN(right) && gap > ChunkAssembler.SPACE_GAP * g.size()) {
        gaps.add(gap);
      }
      right = Float.isNaN(right) ? g.right() : Math.max(right, g.right());
    }
    gaps.sort(Float::compare);
    return gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
  }

  private static void addChunk(List<Glyph> part, Glyph reference, List<Chunk> chunks) {
    if (part.stream().anyMatch(g -> !g.blank())) {
      Chunk chunk = ChunkAssembler.assemble(part, reference.baseline(), reference.size());
      if (!chunk.text().isBlank() && !RULE.matcher(chunk.text()).matches()) {
        chunks.add(chunk);
      }
    }
  }

  private static float typicalSize(List<Glyph> glyphs) {
    float[] sizes = new float[glyphs.size()];
    int n = 0;
    for (Glyph g : glyphs) {
      if (!g.blank()) {
        sizes[n++] = g.size();
      }
    }
    Arrays.sort(sizes, 0, n);
    return sizes[n / 2];
  }

  private static boolean bold(List<Glyph> glyphs) {
    int letters = 0;
    int bold = 0;
    for (Glyph g : glyphs) {
      if (!g.blank()) {
        letters++;
        bold += g.bold() ? 1 : 0;
      }
    }
    return letters > 0 && bold >= 0.9 * letters;
  }
}
