package io.github.vanban.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<TextPosition, Integer> orders = new IdentityHashMap<>();
  private int operators;

  GlyphCollector() {
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
   */
  PageGlyphs collect(PDDocument document, int pageNumber) throws IOException {
    glyphs.clear();
    overlay.clear();
    orders.clear();
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
      for (TextPosition position : article) {
        Glyph glyph = factory.glyph(position, order(position));
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
    super.processOperator(operator, operands);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (annotationGlyphs != null) {
      annotationGlyphs.add(factory.glyph(text, operators));
    } else {
      orders.put(text, operators);
      super.processTextPosition(text);
    }
  }

  private int order(TextPosition position) {
    return orders.getOrDefault(position, operators);
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
