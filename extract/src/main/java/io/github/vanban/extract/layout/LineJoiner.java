package io.github.vanban.extract.layout;

/**
 * Decides whether a line of running text continues the paragraph of the line before it (a soft
 * wrap) or starts a new block.
 *
 * <p>A soft wrap needs a full line before (the next line's first word would not have fit on it), no
 * indentation, no wider gap than the page's line pitch, the same font size, and no closing
 * punctuation followed by a capital or a list marker. Multi-line centred headings in the same style
 * are joined too. Immutable and thread-safe.
 */
public final class LineJoiner {

  /** Indentation beyond this share of the font size starts a paragraph. */
  public static final float INDENT = 0.6f;

  /** Extra baseline distance, as a share of the font size, that marks a paragraph gap. */
  public static final float GAP = 0.3f;

  private final PageMetrics metrics;

  /**
   * Creates a joiner that measures lines against the document's text columns.
   *
   * @param metrics the text column of each page
   */
  public LineJoiner(PageMetrics metrics) {
    this.metrics = metrics;
  }

  /**
   * Returns true when {@code next} continues the block whose last line is {@code previous}.
   *
   * @param previous the last line of the block so far
   * @param next the line that follows it in reading order
   * @param blockLines how many lines the block has so far
   * @return true for a soft wrap, false when {@code next} starts a new block
   */
  public boolean continues(TextLine previous, TextLine next, int blockLines) {
    if (Math.abs(previous.size() - next.size()) > 1.0f || tooFar(previous, next)) {
      return false;
    }
    if (centredHeadingPair(previous, next)) {
      return true;
    }
    PageMetrics.Column pc = metrics.of(previous.page());
    PageMetrics.Column nc = metrics.of(next.page());
    float size = next.size();
    boolean indented = next.left() > nc.left() + INDENT * size;
    boolean sameIndent = Math.abs(next.left() - previous.left()) < GAP * size;
    boolean continuation = blockLines > 1 || LineStyle.startsWithMarker(previous.text());
    if (indented && !(sameIndent && continuation)) {
      return false;
    }
    float space = 0.25f * size;
    boolean full = previous.right() + space + next.firstWordWidth() > pc.right() - 0.2f * size;
    if (!full) {
      return false;
    }
    String p = previous.text();
    String n = next.text();
    if (LineStyle.startsWithMarker(n)) {
      // A dash may be the " - " of "kinh tế - xã hội" wrapped to a new line; other markers open
      // items.
      return LineStyle.startsWithDash(n) && !LineStyle.endsClause(p);
    }
    if (LineStyle.endsClause(p) && !LineStyle.startsLower(n)) {
      return false;
    }
    return previous.bold() == next.bold() || LineStyle.startsLower(n);
  }

  private boolean tooFar(TextLine previous, TextLine next) {
    if (previous.page() != next.page()) {
      return next.page() != previous.page() + 1;
    }
    float pitch = metrics.of(previous.page()).pitch();
    float d = next.baseline() - previous.baseline();
    return d < 0 || d > Math.max(pitch, next.size()) + GAP * next.size();
  }

  private boolean centredHeadingPair(TextLine previous, TextLine next) {
    if (previous.page() != next.page() || previous.bold() != next.bold()) {
      return false;
    }
    boolean upperP = LineStyle.isUpperCase(previous.text());
    boolean upperN = LineStyle.isUpperCase(next.text());
    boolean headingStyle = previous.bold() || (upperP && upperN);
    boolean sameCase = (upperP && upperN) || (!upperN && LineStyle.startsLower(next.text()));
    return headingStyle && sameCase && centred(next) && (centred(previous) || spans(previous));
  }

  /**
   * Returns true when a line is centred in its page's text column and narrower than it.
   *
   * @param line a line
   * @return true when its centre is within two font sizes of the column's and it leaves a margin of
   *     one font size on each side
   */
  public boolean centred(TextLine line) {
    PageMetrics.Column c = metrics.of(line.page());
    float middle = (c.left() + c.right()) / 2;
    float centre = (line.left() + line.right()) / 2;
    return Math.abs(centre - middle) < 2 * line.size()
        && line.left() > c.left() + line.size()
        && line.right() < c.right() - line.size();
  }

  private boolean spans(TextLine line) {
    PageMetrics.Column c = metrics.of(line.page());
    return line.left() <= c.left() + line.size() && line.right() >= c.right() - line.size();
  }
}
