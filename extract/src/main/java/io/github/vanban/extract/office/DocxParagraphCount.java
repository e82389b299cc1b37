package io.github.vanban.extract.office;

import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Counts the paragraphs of a Word package's main part before POI builds its object tree, which
 * costs a few kilobytes of heap per paragraph: a small, well-compressed DOCX of hundreds of
 * thousands of paragraphs would exhaust the heap or run for minutes. The limit is one paragraph per
 * 32 characters of the character limit ({@code maxChars}): about 65 000 under {@code -Xmx256m}, 625
 * 000 with the full 20 million characters. Stateless and thread-safe.
 */
final class DocxParagraphCount {

  /** Characters of the character limit per paragraph allowed. */
  static final int CHARS_PER_PARAGRAPH = 32;

  private DocxParagraphCount() {}

  /**
   * Checks the main part of {@code pkg} holds no more paragraphs than {@code context} allows.
   *
   * @throws ExtractionException {@code TOO_LARGE} when it holds more
   */
  static void check(OPCPackage pkg, ExtractContext context) throws ExtractionException {
    long max = Math.max(1000, context.limits().maxChars() / CHARS_PER_PARAGRAPH);
    PackageRelationshipCollection main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    try {
      PackagePart part = pkg.getPart(main.getRelationship(0));
      try (InputStream in = new BufferedInputStream(part.getInputStream())) {
        long count = count(in, max);
        if (count > max) {
          throw new ExtractionException(
              Reason.TOO_LARGE,
              "the Word document holds more than " + max + " paragraphs, the limit for this heap");
        }
      }
    } catch (IOException e) {
      throw OoxmlPackages.translate(e);
    }
  }

  /** Counts the elements named {@code p} in any namespace prefix, stopping above {@code max}. */
  private static long count(InputStream in, long max) throws IOException {
    long count = 0;
    int state = 0; // 0 text, 1 after '<', 2 in a name after ':', 3 after ":p"
    for (int b = in.read(); b >= 0 && count <= max; b = in.read()) {
      if (b == '<') {
        state = 1;
      } else if (state == 1) {
        state = b == ':' ? 2 : isNameChar(b) ? 1 : 0;
      } else if (state == 2) {
        state = b == 'p' ? 3 : 0;
      } else if (state == 3) {
        if (b == '>' || b == ' ' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
          count++;
        }
        state = 0;
      }
    }
    return count;
  }

  private static boolean isNameChar(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
  }
}
