package io.github.vanban.extract.pdf;

import io.github.vanban.extract.layout.Glyph;
import io.github.vanban.extract.legacy.LegacyEncodings;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns PDFBox {@link TextPosition}s into {@link Glyph}s, repairing what a font's own tables show
 * to be wrong in its {@code ToUnicode} map.
 *
 * <p>Two repairs: a legacy Vietnamese font (TCVN3, VNI) keeps its raw bytes so that they can be
 * decoded per word; a character of an embedded TrueType CID font that the {@code ToUnicode} map
 * calls a space although its glyph is a letter (signing tools that rewrite fonts drop letters this
 * way) is read back through the font's own Unicode cmap. It also tells the codes a font maps to no
 * readable text ({@link #unmapped}).
 *
 * <p>Not thread-safe: caches per font; one factory per document.
 */
final class GlyphFactory {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String SUBSET_TAG = "^[A-Z]{6}\\+";

  private final Map<PDFont, FontFacts> facts = new IdentityHashMap<>();

  /** What vanban needs to know about a font, worked out once. */
  private record FontFacts(String name, boolean bold, boolean legacy, CmapLookup cmap) {}

  Glyph glyph(TextPosition position, int order) {
    FontFacts font = facts.computeIfAbsent(position.getFont(), GlyphFactory::factsOf);
    String text = position.getUnicode();
    if (font.legacy()) {
      text = legacyText(position);
    } else if (font.cmap() != null && (text == null || text.isBlank())) {
      text = fromCmap(font, position.getFont(), position.getCharacterCodes(), text);
    }
    float size = position.getFontSizeInPt();
    if (size <= 0) {
      size = position.getHeightDir() * 1.4f;
    }
    String known = text == null ? "" : text;
    return new Glyph(
        known,
        position.getXDirAdj(),
        position.getYDirAdj(),
        position.getWidthDirAdj(),
        size,
        font.name(),
        font.bold(),
        order,
        font.legacy(),
        known.isBlank());
  }

  /**
   * Returns true when the font gives the code no readable Unicode text: none at all, or only
   * private-use code points (which stand for no letter). A simple font's printable ASCII code
   * without text is not counted: PDFBox then reads the code as the character itself, which is right
   * for the many fonts (TeX's among them) whose codes follow ASCII. Legacy Vietnamese fonts are
   * read from their codes anyway.
   */
  boolean unmapped(PDFont font, int code) throws IOException {
    String unicode = font.toUnicode(code, GlyphList.getAdobeGlyphList());
    if (unicode != null && !privateUse(unicode)) {
      return false;
    }
    boolean ascii = unicode == null && font instanceof PDSimpleFont && code >= 0x20 && code < 0x7F;
    return !ascii && !isLegacy(font);
  }

  /** Returns true when every character of {@code text} is in a private use area. */
  private static boolean privateUse(String text) {
    return !text.isEmpty()
        && text.codePoints().allMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE);
  }

  /** Returns true when {@code font} is a legacy Vietnamese font, read from its raw codes. */
  private boolean isLegacy(PDFont font) {
    return facts.computeIfAbsent(font, GlyphFactory::factsOf).legacy();
  }

  /**
   * Returns a legacy font's text as Windows-1252 characters: a simple font's codes, or a CID font's
   * {@code ToUnicode} text (which PDF writers derive from the font's Windows-1252 glyph names).
   */
  private static String legacyText(TextPosition position) {
    String text = position.getUnicode();
    return position.getFont() instanceof PDSimpleFont
        ? rawBytes(position.getCharacterCodes(), text)
        : text;
  }

  private static FontFacts factsOf(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().replaceFirst(SUBSET_TAG, "");
    boolean legacy = LegacyEncodings.forFont(name).isPresent();
    return new FontFacts(name, isBold(font, name), legacy, cmapOf(font));
  }

  private static boolean isBold(PDFont font, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("bold") || lower.contains("black") || lower.contains("heavy")) {
      return true;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
  }

  private static CmapLookup cmapOf(PDFont font) {
    if (!(font instanceof PDType0Font type0)
        || !(type0.getDescendantFont() instanceof PDCIDFontType2 cid)
        || !cid.isEmbedded()) {
      return null;
    }
    try {
      TrueTypeFont ttf = cid.getTrueTypeFont();
      return ttf == null ? null : ttf.getUnicodeCmapLookup(false);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String rawBytes(int[] codes, String fallback) {
    if (codes == null || codes.length == 0) {
      return fallback;
    }
    byte[] bytes = new byte[codes.length];
    for (int i = 0; i < codes.length; i++) {
      bytes[i] = (byte) codes[i];
    }
    String decoded = new String(bytes, WINDOWS_1252);
    return decoded.indexOf('\uFFFD') < 0
        ? decoded
        : new String(bytes, Charset.forName("ISO-8859-1"));
  }

  private static String fromCmap(FontFacts font, PDFont pdFont, int[] codes, String fallback) {
    if (codes == null || codes.length != 1) {
      return fallback;
    }
    try {
      int gid = ((PDCIDFontType2) ((PDType0Font) pdFont).getDescendantFont()).codeToGID(codes[0]);
      List<Integer> points = font.cmap().getCharCodes(gid);
      if (points == null
          || points.isEmpty()
          || Character.isWhitespace(points.get(0))
          || Character.isSpaceChar(points.get(0))) {
        return fallback;
      }
      return new String(Character.toChars(points.get(0)));
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }
}
