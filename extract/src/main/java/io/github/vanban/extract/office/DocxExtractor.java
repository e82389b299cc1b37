package io.github.vanban.extract.office;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Word 2007+ documents (DOCX) with Apache POI XWPF.
 *
 * <p>The body comes out in reading order: headings (Title, Heading 1-9, outline levels), paragraphs
 * with Word's automatic list markers rendered into the text ({@code Điều 1.}, {@code a)}), data
 * tables as table blocks, the official header and signature tables as paragraphs read column by
 * column, text boxes after the paragraph that anchors them, parts imported with {@code w:altChunk}
 * (HTML, RTF, text, Word) in their place ({@link DocxAltChunks}). Footnotes and endnotes follow as
 * {@code FOOTNOTE} blocks; page headers and footers come last as {@code PAGE_FURNITURE} blocks,
 * each distinct text once and bare page numbers dropped, so that recognisers can tell them from the
 * body. Runs in TCVN3 or VNI fonts are converted to Unicode. Core properties fill the metadata.
 *
 * <p>Failures: a ZIP that is not a Word document is {@code UNSUPPORTED}; a ZIP bomb is {@code
 * TOO_LARGE}, and so is a document of more paragraphs than the heap can hold ({@link
 * DocxParagraphCount}); a damaged package is {@code CORRUPT}; a document without text is {@code
 * NO_TEXT}. (A password-protected DOCX is an OLE2 file and reaches {@link DocExtractor}.) The
 * caller owns the stream. Immutable and thread-safe.
 */
public final class DocxExtractor extends FormatExtractor {

  /** DOCX: a ZIP archive (the package's parts are checked when it is read). */
  private static final FileFormat FORMAT =
      new FileFormat(
          "docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          List.of("docx"),
          FileFormat.MAGIC,
          Signature.startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4));

  private final LegacyFontText legacy = new LegacyFontText();
  private final int depth;

  /** Creates the extractor of DOCX files. */
  public DocxExtractor() {
    this(0);
  }

  /** Creates the extractor of a Word document embedded {@code depth} levels deep (altChunk). */
  DocxExtractor(int depth) {
    super(FORMAT);
    this.depth = depth;
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    OPCPackage pkg = OoxmlPackages.openWord(OfficeBytes.read(in, context));
    try {
      DocxParagraphCount.check(pkg, context);
    } catch (ExtractionException e) {
      pkg.revert();
      throw e;
    }
    try (XWPFDocument doc = new XWPFDocument(pkg)) {
      return read(doc, context);
    } catch (IOException | RuntimeException e) {
      // The bytes are in memory, so an IOException is the XML parser's verdict (an unknown
      // declared encoding...); POIXMLException and the rest are what POI throws on damaged XML.
      throw OoxmlPackages.translate(e);
    } finally {
      pkg.revert();
    }
  }

  private ExtractedDocument read(XWPFDocument doc, ExtractContext context)
      throws ExtractionException {
    DocxStyles styles = new DocxStyles(stylesNode(doc));
    DocxBodyReader reader =
        new DocxBodyReader(styles, new DocxNumbering(doc.getNumbering()), legacy);
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    WordPartWriter writer = new WordPartWriter(builder);
    DocxAltChunks chunks = new DocxAltChunks(doc.getPackagePart(), context, depth);
    Node body = doc.getDocument().getBody().getDomNode();
    writer.write(LegacyTextFallback.apply(reader.readBody(body, chunks)));
    chunks.warnings().forEach(builder::warn);
    if (builder.length() == 0) {
      throw new ExtractionException(Reason.NO_TEXT, "the Word document holds no text");
    }
    for (XWPFAbstractFootnoteEndnote note : notes(doc)) {
      writer.writeAs(
          BlockType.FOOTNOTE,
          LegacyTextFallback.apply(reader.read(note.getCTFtnEdn().getDomNode())));
    }
    for (String furniture : furniture(doc, reader)) {
      builder.add(BlockType.PAGE_FURNITURE, furniture, 0, 0);
    }
    return builder.build(DocxMetadata.of(doc));
  }

  private static Node stylesNode(XWPFDocument doc) {
    try {
      return doc.getStyle().getDomNode();
    } catch (IOException | org.apache.xmlbeans.XmlException | RuntimeException e) {
      return null;
    }
  }

  /** Footnotes then endnotes, without Word's separator notes. */
  private static List<XWPFAbstractFootnoteEndnote> notes(XWPFDocument doc) {
    List<XWPFAbstractFootnoteEndnote> all = new ArrayList<>(doc.getFootnotes());
    for (POIXMLDocumentPart part : doc.getRelations()) {
      if (part instanceof XWPFEndnotes endnotes) {
        all.addAll(endnotes.getEndnotesList());
      }
    }
    all.removeIf(n -> WordXml.attr((Element) n.getCTFtnEdn().getDomNode(), "type") != null);
    return all;
  }

  /** Distinct header and footer texts, bare page numbers left out. */
  private static Set<String> furniture(XWPFDocument doc, DocxBodyReader reader) {
    List<XWPFHeaderFooter> parts = new ArrayList<>(doc.getHeaderList());
    parts.addAll(doc.getFooterList());
    Set<String> out = new LinkedHashSet<>();
    for (XWPFHeaderFooter hf : parts) {
      String text = DocxBodyReader.cellText(reader.read(hf._getHdrFtr().getDomNode())).strip();
      if (text.codePoints().anyMatch(Character::isLetter)) {
        out.add(text);
      }
    }
    return out;
  }
}
