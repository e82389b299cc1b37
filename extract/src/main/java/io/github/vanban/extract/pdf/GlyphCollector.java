package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Glyph;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the characters of one page as {@link Glyph}s, using PDFBox's text engine (which merges
 * diacritics) but none of its line building; text drawn twice at the same place (simulated bold) is
 * kept once.
 *
 * <p>Characters no reader sees are left out and counted ({@link LeftOutGlyphs}): invisible and
 * white text as {@link TextVisibility} judges it, and characters whose font maps them to no Unicode
 * text (PDFBox then drops a composite font's character and makes a simple font's code a character
 * of its own, which is garbage) or only to private-use code points.
 *
 * <p>Besides the page's content it reads the appearance of short annotations (number and date
 * stamps placed over a template), returned apart so that the caller can decide what they cover.
 *
 * <p>On a page that uses no Type 3 font, the same interpretation of the content stream also reads
 * the page's graphics: the drawing operators run through a {@link GraphicsCollector} that follows
 * this pass. Whether a glyph is seen depends on everything the page draws (an image drawn after
 * invisible text still makes it a scan's text layer), so the glyphs are judged when the page is
 * done, in the order they came, before PDFBox's text engine takes them in. On a page with Type 3
 * fonts, whose glyphs are themselves drawings, the graphics are read by a pass of their own first.
 *
 * <p>Not thread-safe: one collector per document and thread.
 */
final class GlyphCollector extends PDFTextStripper {

  /** Annotations with more characters than this are signature boxes, not stamped values. */
  static final int MAX_OVERLAY_CHARS = 16;

  private final GlyphFactory factory = new GlyphFactory();
  private final GraphicsCollector drawing;
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Glyph> overlay = new ArrayList<>();
  private List<Glyph> annotationGlyphs;

  /** The page's text positions as they arrived, and the operator count at each arrival. */
  private final List<TextPosition> arrived = new ArrayList<>();

  private int[] arrivalOrders = new int[1024];
  private int operators;
  private final Deadline deadline;
  private PageBudget budget;
  private PageGraphics graphics;
  private boolean drawingFollows;
  private Shown shown;

  /** The content's text positions in the order they came, judged when the page is done. */
  private final List<Pending> pending = new ArrayList<>();

  private int invisibleCount;
  private int whiteCount;
  private int unmappedCount;

  /** How a glyph was shown: where, how, in what colour, when, and whether its font maps it. */
  private record Shown(
      float x, float y, RenderingMode mode, PDColor fill, int order, boolean unmapped) {}

  /** A text position of the page's content and how its glyph was shown (null: not by a glyph). */
  private record Pending(TextPosition position, Shown shown, int order) {}

  /** Creates a collector whose pages must be read before {@code deadline}. */
  GlyphCollector(Deadline deadline) {
    this.deadline = deadline;
    this.drawing = GraphicsCollector.following(this, new PDPage(), deadline);
    setSortByPosition(false);
    // Duplicates are dropped after the font repairs: a letter mapped to a space must not be taken
    // for a duplicate of the space before it.
    setSuppressDuplicateOverlappingText(false);
    // The text engine tracks no colours by itself; white text is told by its fill colour.
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceCMYKColor(this));
    for (OperatorProcessor processor : FollowingOperators.of(this, drawing)) {
      addOperator(processor);
    }
  }

  /**
   * The glyphs of one page: its content, the text of short annotations drawn over it, what was left
   * out (nothing off the page is counted here), and the page's graphics.
   */
  record PageGlyphs(
      List<Glyph> content, List<Glyph> overlay, LeftOutGlyphs leftOut, PageGraphics graphics) {
    PageGlyphs {
      content = List.copyOf(content);
      overlay = List.copyOf(overlay);
    }
  }

  /**
   * Reads the glyphs of one page, and its graphics unless they were read apart.
   *
   * @param pageNumber 1-based page number
   * @param apart the page's graphics read by a pass of their own, or null to read them in this pass
   * @throws PageBudget.PageCostException when the page costs more than a {@link PageBudget}
   */
  PageGlyphs collect(PDDocument document, int pageNumber, PageGraphics apart) throws IOException {
    budget = new PageBudget(deadline);
    graphics = apart;
    drawingFollows = apart == null;
    if (drawingFollows) {
      drawing.startPage(document.getPage(pageNumber - 1));
    }
    glyphs.clear();
    overlay.clear();
    arrived.clear();
    pending.clear();
    operators = 0;
    invisibleCount = 0;
    whiteCount = 0;
    unmappedCount = 0;
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    try {
      writeText(document, new StringWriter());
    } finally {
      drawingFollows = false;
    }
    if (graphics == null) {
      // PDFBox's text engine skips a page without content; its stamps may still draw.
      graphics = GraphicsCollector.apart(document.getPage(pageNumber - 1), deadline);
    }
    return new PageGlyphs(
        glyphs, overlay, new LeftOutGlyphs(0, invisibleCount, whiteCount, unmappedCount), graphics);
  }

  /** Returns whether the page's graphics are read in this pass, by the following collector. */
  boolean drawingFollows() {
    return drawingFollows;
  }

  @Override
  protected void writePage() throws IOException {
    int contentOperators = operators;
    readAnnotations(getCurrentPage());
    if (drawingFollows) {
      graphics = drawing.finishPage();
      drawingFollows = false;
    }
    takeIn(new TextVisibility(graphics));
    DuplicateFilter duplicates = new DuplicateFilter();
    for (List<TextPosition> article : getCharactersByArticle()) {
      int cursor = 0;
      for (TextPosition position : article) {
        int at = arrival(position, cursor);
        cursor = at < arrived.size() ? at : cursor;
        Glyph glyph =
            factory.glyph(position, at < arrived.size() ? arrivalOrders[at] : contentOperators);
        if (duplicates.firstSeen(glyph)) {
          glyphs.add(glyph);
        }
      }
    }
  }

  /**
   * Judges the content's text positions in the order they came, now that the page's graphics are
   * known, and hands those a reader sees to PDFBox's text engine (which merges diacritics and sorts
   * them into articles); the others are counted as left out.
   */
  private void takeIn(TextVisibility visibility) {
    for (Pending p : pending) {
      Shown how = p.shown();
      boolean unmapped = how != null && how.unmapped();
      TextVisibility.Seen seen =
          how == null
              ? TextVisibility.Seen.VISIBLE
              : visibility.judge(how.x(), how.y(), how.mode(), how.fill(), how.order());
      if (unmapped || seen != TextVisibility.Seen.VISIBLE) {
        leaveOut(p.position(), unmapped, seen);
        continue;
      }
      if (arrived.size() == arrivalOrders.length) {
        arrivalOrders = Arrays.copyOf(arrivalOrders, 2 * arrivalOrders.length);
      }
      arrivalOrders[arrived.size()] = p.order();
      arrived.add(p.position());
      super.processTextPosition(p.position());
    }
    pending.clear();
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    operators++;
    budget.operator();
    if (drawingFollows) {
      drawing.count();
    }
    super.processOperator(operator, operands);
  }

  /**
   * Judges the glyph before PDFBox turns it into a text position: where it is drawn (its text
   * rendering matrix, in user space), how, and whether its font gives it any Unicode text.
   */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    budget.glyph();
    if (annotationGlyphs != null) {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
      return;
    }
    Point2D.Float at = textRenderingMatrix.transformPoint(displacement.getX() / 2, 0.3f);
    PDGraphicsState state = getGraphicsState();
    shown =
        new Shown(
            at.x,
            at.y,
            state.getTextState().getRenderingMode(),
            state.getNonStrokingColor(),
            operators,
            factory.unmapped(font, code));
    if (shown.unmapped()) {
      unmappedCount++;
    }
    try {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    } finally {
      shown = null;
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (annotationGlyphs != null) {
      annotationGlyphs.add(factory.glyph(text, operators));
    } else {
      pending.add(new Pending(text, shown, operators));
    }
  }

  /** Counts a character left out of the text (an unmapped one was counted when it was shown). */
  private void leaveOut(TextPosition text, boolean unmapped, TextVisibility.Seen seen) {
    if (unmapped || text.getUnicode() == null || text.getUnicode().isBlank()) {
      return;
    }
    if (seen == TextVisibility.Seen.INVISIBLE) {
      invisibleCount++;
    } else {
      whiteCount++;
    }
  }

  /**
   * Returns the index of {@code position} among the arrived positions, searching from {@code from}:
   * an article keeps its positions in arrival order, so one forward scan per article finds them
   * all, and the positions before {@code from} are searched last. Returns the count of arrived
   * positions when it is not found.
   */
  private int arrival(TextPosition position, int from) {
    int size = arrived.size();
    for (int k = 0; k < size; k++) {
      int i = (from + k) % size;
      if (arrived.get(i) == position) {
        return i;
      }
    }
    return size;
  }

  private void readAnnotations(PDPage page) throws IOException {
    // A stamp drawn twice over itself (the same widget listed twice, or drawn again for a bolder
    // look) reads once: "Số: 16", not "Số: 1166".
    DuplicateFilter duplicates = new DuplicateFilter();
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (!AnnotationOverlays.isStamp(annotation)) {
        continue;
      }
      annotationGlyphs = new ArrayList<>();
      try {
        showAnnotation(annotation);
        List<Glyph> stamped = annotationGlyphs.stream().filter(duplicates::firstSeen).toList();
        long visible = stamped.stream().filter(g -> !g.blank()).count();
        if (visible > 0 && visible <= MAX_OVERLAY_CHARS) {
          overlay.addAll(stamped);
        }
      } finally {
        annotationGlyphs = null;
      }
    }
  }
}
