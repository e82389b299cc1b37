package io.github.vanban.extract.office;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.Signature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads Word 97-2003 documents (DOC) with Apache POI HWPF.
 *
 * <p>Paragraphs, headings and list markers come out as for {@link DocxExtractor}; tables through
 * HWPF's table API, with the same rule for the official header and signature tables; text boxes
 * follow the body; footnotes and endnotes are {@code FOOTNOTE} blocks; header and footer texts are
 * {@code PAGE_FURNITURE} blocks at the end. Runs in TCVN3 or VNI fonts are converted run by run, so
 * files that mix both encodings read right.
 *
 * <p>Failures: an OLE2 file holding an encrypted Office Open XML package, or a Word file with a
 * password, is {@code ENCRYPTED}; another OLE2 type (a spreadsheet, a presentation) or a Word 6/95
 * file is {@code UNSUPPORTED}; damaged bytes are {@code CORRUPT}. The caller owns the stream.
 * Immutable and thread-safe.
 */
public final class DocExtractor extends FormatExtractor {

  private final LegacyFontText legacy = new LegacyFontText();

  /** Creates the extractor of DOC files, which are OLE2 compound files. */
  public DocExtractor() {
    super(
        new FileFormat(
            "doc",
            "application/msword",
            List.of("doc"),
            FileFormat.MAGIC,
            Signature.startsWith(
                (byte) 0xD0,
                (byte) 0xCF,
                (byte) 0x11,
                (byte) 0xE0,
                (byte) 0xA1,
                (byte) 0xB1,
                (byte) 0x1A,
                (byte) 0xE1)));
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    byte[] bytes = OfficeBytes.read(in, context);
    try (POIFSFileSystem fs = openOle2(bytes)) {
      checkWordDocument(fs.getRoot());
      HWPFDocument doc = open(fs.getRoot());
      try {
        return read(doc, context);
      } catch (RuntimeException e) {
        throw new ExtractionException(
            Reason.CORRUPT, "damaged Word document: " + e.getMessage(), e);
      }
    }
  }

  private static POIFSFileSystem openOle2(byte[] bytes) throws ExtractionException {
    try {
      return new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "damaged OLE2 file: " + e.getMessage(), e);
    }
  }

  private static void checkWordDocument(DirectoryNode root) throws ExtractionException {
    if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
      throw new ExtractionException(
          Reason.ENCRYPTED, "a password-protected Office Open XML document");
    }
    if (!root.hasEntry("WordDocument")) {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "an OLE2 file that is not a Word document: " + root.getEntryNames());
    }
  }

  private static HWPFDocument open(DirectoryNode root) throws ExtractionException {
    try {
      return new HWPFDocument(root);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(Reason.ENCRYPTED, "a password-protected Word document", e);
    } catch (OldWordFileFormatException e) {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "a Word 6/95 document; save it as DOC 97 or DOCX", e);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "damaged Word document: " + e.getMessage(), e);
    }
  }

  private ExtractedDocument read(HWPFDocument doc, ExtractContext context)
      throws ExtractionException {
    DocBodyReader reader = new DocBodyReader(doc.getStyleSheet(), legacy);
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    WordPartWriter writer = new WordPartWriter(builder);
    writer.write(LegacyTextFallback.apply(reader.read(doc.getRange())));
    writer.write(LegacyTextFallback.apply(reader.read(doc.getMainTextboxRange())));
    if (builder.length() == 0) {
      throw new ExtractionException(Reason.NO_TEXT, "the Word document holds no text");
    }
    for (Range notes : List.of(doc.getFootnoteRange(), doc.getEndnoteRange())) {
      for (WordPart part : LegacyTextFallback.apply(reader.read(notes))) {
        writer.writeAs(BlockType.FOOTNOTE, List.of(part));
      }
    }
    for (String furniture : furniture(reader.read(doc.getHeaderStoryRange()))) {
      builder.add(BlockType.PAGE_FURNITURE, furniture, 0, 0);
    }
    reader.warnings().forEach(builder::warn);
    return builder.build(metadata(doc));
  }

  private static Set<String> furniture(List<WordPart> parts) {
    Set<String> out = new LinkedHashSet<>();
    for (WordPart part : parts) {
      String text = DocxBodyReader.cellText(List.of(part)).strip();
      if (text.codePoints().anyMatch(Character::isLetter)) {
        out.add(text);
      }
    }
    return out;
  }

  private static DocumentMetadata metadata(HWPFDocument doc) {
    SummaryInformation info = doc.getSummaryInformation();
    if (info == null) {
      return DocumentMetadata.ofFormat("doc");
    }
    return new DocumentMetadata(
        "doc",
        Math.max(0, info.getPageCount()),
        LegacyTextFallback.apply(DocxMetadata.blankToNull(info.getTitle())),
        LegacyTextFallback.apply(DocxMetadata.blankToNull(info.getAuthor())),
        DocxMetadata.iso(info.getCreateDateTime()),
        DocxMetadata.iso(info.getLastSaveDateTime()),
        DocxMetadata.blankToNull(info.getApplicationName()));
  }
}
