package io.github.vanban.extract.office;

import com.rtfparserkit.parser.RtfStreamSource;
import com.rtfparserkit.parser.standard.StandardRtfParser;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.ExtractionException.Reason;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.FormatExtractor;
import io.github.vanban.extract.HeadSniffer;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads Rich Text Format with RTF Parser Kit's standard parser, which decodes the {@code \\ansicpg}
 * code page (1258 included), the fonts' {@code \\fcharset} code pages and {@code \\uN} escapes.
 *
 * <p>Paragraphs, tables ({@code \\trowd ... \\cell ... \\row}) with the official header and
 * signature tables read column by column, list markers as written in {@code \\listtext}, field
 * results, footnotes as {@code FOOTNOTE} blocks and headers/footers as {@code PAGE_FURNITURE}
 * blocks after the body; the info group's title and author. Runs in TCVN3 or VNI fonts (by the font
 * table's names) are converted to Unicode. RTF headings carry no level here: Word writes them as
 * style references, which are not resolved.
 *
 * <p>A {@code \\bin} length beyond the end of the file is cut to what is left ({@link
 * RtfBinaryLengths}), so a tiny file cannot make the parser allocate gigabytes. Failures: damaged
 * RTF is {@code CORRUPT}, RTF without text {@code NO_TEXT}. The caller owns the stream. Immutable
 * and thread-safe.
 */
public final class RtfExtractor extends FormatExtractor {

  private final LegacyFontText legacy = new LegacyFontText();

  /**
   * Creates the extractor of RTF files: a group opening with the {@code \\rtf} control word, after
   * any leading space.
   */
  public RtfExtractor() {
    super(
        new FileFormat(
            "rtf",
            "application/rtf",
            List.of("rtf"),
            FileFormat.MARKUP,
            head -> HeadSniffer.decode(head).stripLeading().startsWith("{\\rtf")));
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    byte[] bytes = RtfBinaryLengths.bounded(OfficeBytes.read(in, context));
    RtfReader reader = new RtfReader(legacy);
    try {
      new StandardRtfParser().parse(new RtfStreamSource(new ByteArrayInputStream(bytes)), reader);
    } catch (EOFException e) {
      throw new ExtractionException(Reason.CORRUPT, "damaged RTF: the file ends too early", e);
    } catch (IOException | RuntimeException e) {
      // The bytes are in memory: any failure to read them is the parser's verdict on the data.
      throw new ExtractionException(Reason.CORRUPT, "damaged RTF: " + e.getMessage(), e);
    }
    return build(reader.result(), context);
  }

  private static ExtractedDocument build(RtfTextBuffers read, ExtractContext context)
      throws ExtractionException {
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    new WordPartWriter(builder).write(LegacyTextFallback.apply(read.body()));
    if (builder.length() == 0) {
      throw new ExtractionException(Reason.NO_TEXT, "the RTF document holds no text");
    }
    read.notes().forEach(n -> builder.add(BlockType.FOOTNOTE, n, 0, 0));
    for (String f : new LinkedHashSet<>(read.furniture())) {
      if (f.codePoints().anyMatch(Character::isLetter)) {
        builder.add(BlockType.PAGE_FURNITURE, f, 0, 0);
      }
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            "rtf",
            0,
            LegacyTextFallback.apply(DocxMetadata.blankToNull(read.title.toString())),
            LegacyTextFallback.apply(DocxMetadata.blankToNull(read.author.toString())),
            null,
            null,
            null);
    return builder.build(metadata);
  }
}
