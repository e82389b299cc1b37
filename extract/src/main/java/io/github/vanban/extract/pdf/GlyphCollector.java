package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Glyph;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
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
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
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
 * <p>Not thread-safe: one collector per document and thread.
 */
final class GlyphCollector extends PDFTextStripper {

  /** Annotations with more characters than this are signature boxes, not stamped values. */
  static final int MAX_OVERLAY_CHARS = 16;

  private final GlyphFactory factory = new GlyphFactory();
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Glyph> overlay = new ArrayList<>();
  private List<Glyph> annotationGlyphs;

  /** The page's text positions as they arrived, and the operator count at each arrival. */
  private final List<TextPosition> arrived = new ArrayList<>();

  private int[] arrivalOrders = new int[1024];
  private int operators;
  private final Deadline deadline;
  private PageBudget budget;
  private TextVisibility visibility;
  private TextVisibility.Seen seen = TextVisibility.Seen.VISIBLE;
  private boolean unmapped;
  private int invisibleCount;
  private int whiteCount;
  private int unmappedCount;

  /** Creates a collector whose pages must be read before {@code deadline}. */
  GlyphCollector(Deadline deadline) {
    this.deadline = deadline;
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
  }

  /**
   * The glyphs of one page: its content, the text of short annotations drawn over it, and what was
   * left out (nothing off the page is counted here).
   */
  record PageGlyphs(List<Glyph> content, List<Glyph> overlay, LeftOutGlyphs leftOut) {
    PageGlyphs {
      content = List.copyOf(content);
      overlay = List.copyOf(overlay);
    }
  }

  /**
   * Reads the glyphs of one page.
   *
   * @param pageNumber 1-based page number
   * @param graphics the page's graphics, for telling hidden text
   * @throws PageBudget.PageCostException when the page costs more than a {@link PageBudget}
   */
  PageGlyphs collect(PDDocument document, int pageNumber, PageGraphics graphics)
      throws IOException {
    budget = new PageBudget(deadline);
    visibility = new TextVisibility(graphics);
    glyphs.clear();
    overlay.clear();
    arrived.clear();
    operators = 0;
    invisibleCount = 0;
    whiteCount = 0;
    unmappedCount = 0;
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(document, new StringWriter());
    return new PageGlyphs(
        glyphs, overlay, new LeftOutGlyphs(0, invisibleCount, whiteCount, unmappedCount));
  }

  @Override
  protected void writePage() throws IOException {
    DuplicateFilter duplicates = new DuplicateFilter();
    for (List<TextPosition> article : getCharactersByArticle()) {
      int cursor = 0;
      for (TextPosition position : article) {
        int at = arrival(position, cursor);
        cursor = at < arrived.size() ? at : cursor;
        Glyph glyph = factory.glyph(position, at < arrived.size() ? arrivalOrders[at] : operators);
        if (duplicates.firstSeen(glyph)) {
          glyphs.add(glyph);
        }
      }
    }
    readAnnotations(getCurrentPage());
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    operators++;
    budget.operator();
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
    seen =
        visibility.judge(
            at.x,
            at.y,
            state.getTextState().getRenderingMode(),
            state.getNonStrokingColor(),
            operators);
    unmapped = unmapped(font, code);
    if (unmapped) {
      unmappedCount++;
    }
    try {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    } finally {
      seen = TextVisibility.Seen.VISIBLE;
      unmapped = false;
    }
  }

  /**
   * Returns true when the font gives the code no readable Unicode text: none at all, or only
   * private-use code points (which stand for no letter). A simple font's printable ASCII code
   * without text is not counted: PDFBox then reads the code as the character itself, which is right
   * for the many fonts (TeX's among them) whose codes follow ASCII. Legacy Vietnamese fonts are
   * read from their codes anyway.
   */
  private boolean unmapped(PDFont font, int code) throws IOException {
    String unicode = font.toUnicode(code, GlyphList.getAdobeGlyphList());
    if (unicode != null && !privateUse(unicode)) {
      return false;
    }
    boolean ascii = unicode == null && font instanceof PDSimpleFont && code >= 0x20 && code < 0x7F;
    return !ascii && !factory.isLegacy(font);
  }

  /** Returns true when every character of {@code text} is in a private use area. */
  private static boolean privateUse(String text) {
    return !text.isEmpty()
        && text.codePoints().allMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (annotationGlyphs == null && (unmapped || seen != TextVisibility.Seen.VISIBLE)) {
      leaveOut(text);
      return;
    }
    if (annotationGlyphs != null) {
      annotationGlyphs.add(factory.glyph(text, operators));
    } else {
      if (arrived.size() == arrivalOrders.length) {
        arrivalOrders = Arrays.copyOf(arrivalOrders, 2 * arrivalOrders.length);
      }
      arrivalOrders[arrived.size()] = operators;
      arrived.add(text);
      super.processTextPosition(text);
    }
  }

  /** Counts a character left out of the text (an unmapped one was counted when it was shown). */
  private void leaveOut(TextPosition text) {
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
