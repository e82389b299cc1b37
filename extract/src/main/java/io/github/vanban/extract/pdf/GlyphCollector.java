package io.github.vanban.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the characters of one page as {@link Glyph}s, using PDFBox's text engine (which merges
 * diacritics) but none of its line building; text drawn twice at the same place (simulated bold) is
 * kept once.
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

  /** Creates a collector whose pages must be read before {@code deadline}. */
  GlyphCollector(Deadline deadline) {
    this.deadline = deadline;
    setSortByPosition(false);
    // Duplicates are dropped after the font repairs: a letter mapped to a space must not be taken
    // for a duplicate of the space before it.
    setSuppressDuplicateOverlappingText(false);
  }

  /** The glyphs of one page: its content, and the text of short annotations drawn over it. */
  record PageGlyphs(List<Glyph> content, List<Glyph> overlay) {
    PageGlyphs {
      content = List.copyOf(content);
      overlay = List.copyOf(overlay);
    }
  }

  /**
   * Reads the glyphs of one page.
   *
   * @param pageNumber 1-based page number
   * @throws PageBudget.PageCostException when the page costs more than a {@link PageBudget}
   */
  PageGlyphs collect(PDDocument document, int pageNumber) throws IOException {
    budget = new PageBudget(deadline);
    glyphs.clear();
    overlay.clear();
    arrived.clear();
    operators = 0;
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(document, new StringWriter());
    return new PageGlyphs(glyphs, overlay);
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

  @Override
  protected void processTextPosition(TextPosition text) {
    budget.glyph();
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
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (!AnnotationOverlays.isStamp(annotation)) {
        continue;
      }
      annotationGlyphs = new ArrayList<>();
      try {
        showAnnotation(annotation);
        long visible = annotationGlyphs.stream().filter(g -> !g.blank()).count();
        if (visible > 0 && visible <= MAX_OVERLAY_CHARS) {
          overlay.addAll(annotationGlyphs);
        }
      } finally {
        annotationGlyphs = null;
      }
    }
  }
}
