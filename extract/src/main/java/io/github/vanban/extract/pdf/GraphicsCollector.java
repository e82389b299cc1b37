package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Box;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads a page's graphics into a {@link PageGraphics}: ruling lines for tables, image coverage for
 * scan detection, the white boxes painted over text, and the images and coloured fills that text
 * may lie on (counting operators the same way as {@link GlyphCollector}, so that what is painted
 * later is known).
 *
 * <p>On a page that uses no Type 3 font, text draws no graphics: the text operators are then
 * counted but not run, which spares decoding every glyph a second time.
 *
 * <p>It reads a page on its own ({@link #collect()}), or follows the text pass of a {@link
 * GlyphCollector} ({@link #following}): the text pass then runs the drawing operators through this
 * collector in the same interpretation of the content stream, and this collector reads the graphics
 * state of the text pass. Both ways count operators as a pass of their own would.
 *
 * <p>Only pages without rotation yield rulings and covers (their coordinates are mapped to the text
 * coordinates); image coverage is measured on every page. Not thread-safe: one collector per page,
 * or one per text pass.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {

  /**
   * Operators that select a font or show glyphs; the line-moving show operators ({@code '} and
   * {@code "}) run, and show their text through {@code Tj}.
   */
  private static final Set<String> TEXT_OPERATORS =
      Set.of(
          OperatorName.SET_FONT_AND_SIZE, OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED);

  private final PDFStreamEngine host;
  private final Deadline deadline;
  private boolean skipText;
  private boolean failed;
  private final PageMarks marks = new PageMarks();
  private final List<float[]> segments = new ArrayList<>();
  private final List<Box> rectangles = new ArrayList<>();
  private final PathBounds pathBounds = new PathBounds();
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float subpathStart = new Point2D.Float();
  private int operators;

  private PageBudget budget;

  /** Creates the collector of {@code page}, to be read before {@code deadline}. */
  GraphicsCollector(PDPage page, Deadline deadline) {
    this(page, deadline, null);
    startPage(page);
    this.skipText = !Type3Fonts.onPage(page);
  }

  private GraphicsCollector(PDPage page, Deadline deadline, PDFStreamEngine host) {
    super(page);
    this.host = host;
    this.deadline = deadline;
  }

  /**
   * Creates a collector that follows the text pass {@code host}: it reads the host's graphics state
   * and resources, and is fed the drawing operators by the host, page by page ({@link #startPage},
   * {@link #count}, {@link #finishPage}). Only for pages that use no Type 3 font, whose text draws
   * no graphics.
   *
   * @param host the text pass
   * @param page any page of the document (the pages read are given to {@link #startPage})
   * @param deadline the document's deadline
   */
  static GraphicsCollector following(PDFStreamEngine host, PDPage page, Deadline deadline) {
    return new GraphicsCollector(page, deadline, host);
  }

  /** Starts reading {@code page}: forgets what the previous page drew. */
  void startPage(PDPage page) {
    budget = new PageBudget(deadline);
    marks.start(page);
    failed = false;
    operators = 0;
    current = new Point2D.Float();
    subpathStart = new Point2D.Float();
    clearPath();
  }

  /** Counts an operator the host runs, as this collector's own pass would have counted it. */
  void count() {
    operators++;
    budget.operator();
  }

  /**
   * Runs a drawing operator of the host's content through {@code processor} (bound to this
   * collector). A failure stops the reading of the page's graphics, as it stops a pass of their
   * own: the page then has no known graphics ({@link PageGraphics#NONE}).
   */
  void draw(OperatorProcessor processor, Operator operator, List<COSBase> operands) {
    if (failed) {
      return;
    }
    try {
      processor.process(operator, operands);
    } catch (PageBudget.PageCostException e) {
      throw e;
    } catch (IOException e) {
      try {
        // What PDFBox tolerates in a pass of its own (a missing operand or resource) it logs here.
        operatorException(operator, operands, e);
      } catch (IOException fatal) {
        failed = true;
      }
    } catch (RuntimeException e) {
      failed = true;
    }
  }

  /** Returns what the page read since {@link #startPage} drew, its stamp annotations included. */
  PageGraphics finishPage() {
    return failed ? PageGraphics.NONE : marks.graphics();
  }

  /**
   * Reads the graphics of {@code page} in a pass of their own; a page whose drawing cannot be
   * parsed still has its text, and no known graphics.
   *
   * @throws PageBudget.PageCostException when the page costs more than its {@link PageBudget}
   */
  static PageGraphics apart(PDPage page, Deadline deadline) {
    try {
      return new GraphicsCollector(page, deadline).collect();
    } catch (PageBudget.PageCostException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return PageGraphics.NONE;
    }
  }

  /** Reads the page and its stamp annotations. */
  PageGraphics collect() throws IOException {
    PDPage page = getPage();
    processPage(page);
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (AnnotationOverlays.isStamp(annotation)) {
        showAnnotation(annotation);
      }
    }
    return marks.graphics();
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    count();
    if (!(skipText && TEXT_OPERATORS.contains(operator.getName()))) {
      super.processOperator(operator, operands);
    }
  }

  @Override
  public PDGraphicsState getGraphicsState() {
    return host == null ? super.getGraphicsState() : host.getGraphicsState();
  }

  @Override
  public PDResources getResources() {
    return host == null ? super.getResources() : host.getResources();
  }

  @Override
  public boolean isShouldProcessColorOperators() {
    return host == null
        ? super.isShouldProcessColorOperators()
        : host.isShouldProcessColorOperators();
  }

  @Override
  public Point2D.Float transformedPoint(float x, float y) {
    return host == null ? super.transformedPoint(x, y) : host.transformedPoint(x, y);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float left = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float right = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float low = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float high = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(marks.toPage(left, high, right, low));
    pathBounds.add(left, low);
    pathBounds.add(right, high);
    current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float[] corners = {
      ctm.transformPoint(0, 0), ctm.transformPoint(1, 0),
      ctm.transformPoint(0, 1), ctm.transformPoint(1, 1)
    };
    marks.image(corners, operators);
  }

  @Override
  public void clip(int windingRule) {
    // Clipping does not change what is drawn into rulings or images here.
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
    pathBounds.add(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    segments.add(new float[] {current.x, current.y, x, y});
    current = new Point2D.Float(x, y);
    pathBounds.add(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
    pathBounds.add(x1, y1);
    pathBounds.add(x2, y2);
    pathBounds.add(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    lineTo(subpathStart.x, subpathStart.y);
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() {
    for (float[] s : segments) {
      marks.stroke(marks.toPage(s[0], s[1], s[2], s[3]));
    }
    for (Box r : rectangles) {
      marks.stroke(new Box(r.left(), r.top(), r.right(), r.top()));
      marks.stroke(new Box(r.left(), r.bottom(), r.right(), r.bottom()));
      marks.stroke(new Box(r.left(), r.top(), r.left(), r.bottom()));
      marks.stroke(new Box(r.right(), r.top(), r.right(), r.bottom()));
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) {
    boolean white = WhiteColor.is(getGraphicsState().getNonStrokingColor());
    if (!white && !pathBounds.isEmpty()) {
      marks.ground(pathBounds.ground(operators));
    }
    for (Box r : rectangles) {
      marks.fill(r, white, operators);
    }
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    List<float[]> keptSegments = new ArrayList<>(segments);
    List<Box> keptRectangles = new ArrayList<>(rectangles);
    fillPath(windingRule);
    segments.addAll(keptSegments);
    rectangles.addAll(keptRectangles);
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    marks.shading(operators);
  }

  private void clearPath() {
    segments.clear();
    rectangles.clear();
    pathBounds.clear();
  }
}
