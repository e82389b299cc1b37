package io.github.vanban.extract.office;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.Extractor;
import io.github.vanban.extract.html.HtmlExtractor;
import io.github.vanban.extract.text.TextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Reads the parts a DOCX body imports in place with {@code w:altChunk}: HTML (XHTML), RTF, plain
 * text and whole Word documents, each by vanban's own extractor for its format (HTML as {@link
 * HtmlExtractor#embedded() embedded} HTML, all of its text), and turns their blocks into {@link
 * WordPart}s that stand where the chunk does.
 *
 * <p>A chunk that cannot be read is left out with a warning, and so is a chunk of another type
 * (MHT, XML), a chunk larger than {@code maxBytes}, and a Word chunk nested more than {@value
 * #MAX_DEPTH} levels deep (a package can hold itself). Only parts inside the package are read,
 * never an external target.
 *
 * <p>Not thread-safe: it collects the warnings of one document.
 */
final class DocxAltChunks {

  /** The relationship type of an altChunk's part. */
  static final String RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk";

  /** The deepest a Word chunk inside a Word chunk is read. */
  static final int MAX_DEPTH = 3;

  /** The content types of a whole Word document stored as a chunk (lower case). */
  private static final Set<String> WORD_TYPES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
          "application/vnd.ms-word.document.macroenabled.main+xml",
          "application/vnd.ms-word.template.macroenabledtemplate.main+xml");

  private final PackagePart main;
  private final ExtractContext context;
  private final int depth;
  private final List<String> warnings = new ArrayList<>();

  /**
   * Creates the reader of the chunks of {@code main}, the document part whose relationships the
   * chunks name, in a document {@code depth} levels deep (0 for the file itself).
   */
  DocxAltChunks(PackagePart main, ExtractContext context, int depth) {
    this.main = main;
    this.context = context;
    this.depth = depth;
  }

  /** Returns the warnings so far. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Returns the parts of the chunk whose relationship is {@code id}; empty when it is unread. */
  List<WordPart> read(String id) {
    PackagePart part = part(id);
    if (part == null) {
      return List.of();
    }
    String type = part.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
    if (WORD_TYPES.contains(type) && depth >= MAX_DEPTH) {
      warnings.add(
          "a Word document embedded more than " + MAX_DEPTH + " levels deep (altChunk), not read");
      return List.of();
    }
    Extractor extractor = extractor(type);
    if (extractor == null) {
      warnings.add("an embedded part of type " + type + " (altChunk) was not read");
      return List.of();
    }
    try (InputStream in = part.getInputStream()) {
      long max = Math.min(context.limits().maxBytes(), Integer.MAX_VALUE - 16L);
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        warnings.add(
            "an embedded " + type + " part (altChunk) is over " + max + " bytes, not read");
        return List.of();
      }
      ExtractedDocument chunk = extractor.extract(new ByteArrayInputStream(bytes), context);
      chunk.warnings().forEach(w -> warnings.add("embedded " + type + " part (altChunk): " + w));
      return parts(chunk);
    } catch (ExtractionException e) {
      if (e.reason() != Reason.NO_TEXT) {
        warnings.add(
            "an embedded " + type + " part (altChunk) could not be read: " + e.getMessage());
      }
    } catch (IOException | RuntimeException e) {
      warnings.add("an embedded " + type + " part (altChunk) could not be read: " + e);
    }
    return List.of();
  }

  private PackagePart part(String id) {
    PackageRelationship rel = id == null ? null : main.getRelationship(id);
    if (rel == null
        || rel.getTargetMode() == TargetMode.EXTERNAL
        || !RELATIONSHIP.equals(rel.getRelationshipType())) {
      warnings.add("an altChunk names no embedded part (" + id + "); nothing read");
      return null;
    }
    try {
      return main.getRelatedPart(rel);
    } catch (InvalidFormatException | RuntimeException e) {
      warnings.add("an altChunk names a missing part (" + id + "); nothing read");
      return null;
    }
  }

  /** Returns the extractor of a chunk's content type, or null for a type not read. */
  private Extractor extractor(String type) {
    if (WORD_TYPES.contains(type)) {
      return new DocxExtractor(depth + 1);
    }
    return switch (type) {
      case "text/html", "application/xhtml+xml" -> HtmlExtractor.embedded();
      case "application/rtf", "text/rtf" -> new RtfExtractor();
      case "text/plain" -> new TextExtractor();
      default -> null;
    };
  }

  /**
   * The chunk's blocks as parts: headings, list items, paragraphs and tables; no page furniture.
   */
  private static List<WordPart> parts(ExtractedDocument chunk) {
    List<WordPart> out = new ArrayList<>();
    String text = chunk.text();
    for (Block block : chunk.blocks()) {
      String content = text.substring(block.span().start(), block.span().end());
      switch (block.type()) {
        case HEADING -> out.add(new WordPart.Paragraph(content, Math.max(1, block.level()), false));
        case LIST_ITEM -> out.add(new WordPart.Paragraph(content, 0, true));
        case TABLE -> out.add(new WordPart.Table(cells(text, block)));
        case PAGE_FURNITURE -> {
          // A chunk's own page headers and footers are not the document's.
        }
        default -> out.add(WordPart.Paragraph.body(content));
      }
    }
    return out;
  }

  private static List<List<String>> cells(String text, Block table) {
    List<List<String>> rows = new ArrayList<>();
    for (List<TextSpan> row : table.rows()) {
      rows.add(row.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }
    return rows;
  }
}
