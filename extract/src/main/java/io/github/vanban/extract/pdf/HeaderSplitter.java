package io.github.vanban.extract.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the two-column header at the top of a scanned page image, so that OCR reads each column on
 * its own instead of line by line across both: the first text lines (within the top third of the
 * page) that leave a common blank vertical gutter, at least two of them with ink on both sides.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderSplitter {

  /** Darker grey levels than this are ink. */
  static final int INK = 128;

  /** The header lies within this share of the page height. */
  static final double TOP = 0.33;

  /** The narrowest gutter, as a share of the page width. */
  static final double MIN_GUTTER = 0.025;

  private HeaderSplitter() {}

  /**
   * Where to cut a page image.
   *
   * @param bottom the first row below the header
   * @param gutter the column in the middle of the gutter
   */
  record Split(int bottom, int gutter) {}

  /** Returns the split of a page image whose header has two columns, if it has one. */
  static Optional<Split> find(BufferedImage page) {
    Raster raster = page.getRaster();
    int width = page.getWidth();
    int limit = (int) (page.getHeight() * TOP);
    List<int[]> bands = textBands(raster, width, limit);
    boolean[] free = new boolean[width];
    java.util.Arrays.fill(free, true);
    int twoSided = 0;
    int bottom = -1;
    int gutter = -1;
    for (int[] band : bands) {
      boolean[] ink = inkColumns(raster, width, band[0], band[1]);
      boolean[] next = free.clone();
      for (int x = 0; x < width; x++) {
        next[x] &= !ink[x];
      }
      int middle = widestGap(next, width);
      if (middle < 0) {
        break;
      }
      free = next;
      gutter = middle;
      bottom = band[1];
      if (hasInk(ink, 0, middle) && hasInk(ink, middle, width)) {
        twoSided++;
      }
    }
    return twoSided >= 2 ? Optional.of(new Split(bottom + 1, gutter)) : Optional.empty();
  }

  /** Returns [top, bottom] of each run of rows holding ink, from the top down to {@code limit}. */
  private static List<int[]> textBands(Raster raster, int width, int limit) {
    List<int[]> bands = new ArrayList<>();
    int start = -1;
    int[] row = new int[width];
    for (int y = 0; y < limit; y++) {
      raster.getSamples(0, y, width, 1, 0, row);
      boolean ink = false;
      for (int x = width / 20; x < width - width / 20 && !ink; x++) {
        ink = row[x] < INK;
      }
      if (ink && start < 0) {
        start = y;
      } else if (!ink && start >= 0) {
        bands.add(new int[] {start, y - 1});
        start = -1;
      }
    }
    return bands;
  }

  private static boolean[] inkColumns(Raster raster, int width, int top, int bottom) {
    boolean[] ink = new boolean[width];
    int[] row = new int[width];
    for (int y = top; y <= bottom; y++) {
      raster.getSamples(0, y, width, 1, 0, row);
      for (int x = 0; x < width; x++) {
        ink[x] |= row[x] < INK;
      }
    }
    return ink;
  }

  /** Returns the middle of the widest free run in the central half of the page, or -1. */
  private static int widestGap(boolean[] free, int width) {
    int best = -1;
    int bestLength = (int) (width * MIN_GUTTER);
    int run = 0;
    for (int x = width / 4; x < width * 3 / 4; x++) {
      run = free[x] ? run + 1 : 0;
      if (run > bestLength) {
        bestLength = run;
        best = x - run / 2;
      }
    }
    return best;
  }

  private static boolean hasInk(boolean[] ink, int from, int to) {
    for (int x = from; x < to; x++) {
      if (ink[x]) {
        return true;
      }
    }
    return false;
  }
}
