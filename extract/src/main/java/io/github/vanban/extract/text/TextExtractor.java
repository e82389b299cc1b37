package io.github.vanban.extract.text;

import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: decodes the bytes with {@link TextDecoder}, then makes a block of
 * each non-blank line; Markdown {@code #} headings become headings with their level.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextExtractor implements Extractor {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    byte[] bytes =
        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.limits().maxBytes()));
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    for (String line : decoded.text().split("\r\n|\r|\n", -1)) {
      Matcher heading = MARKDOWN_HEADING.matcher(line);
      if (heading.matches()) {
        builder.add(BlockType.HEADING, heading.group(2), 0, heading.group(1).length());
      } else {
        builder.paragraph(line, 0);
      }
    }
    if (builder.length() == 0) {
      throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "the file holds no text");
    }
    if (!decoded.charset().startsWith("UTF")) {
      builder.warn("text decoded as " + decoded.charset());
    }
    return builder.build(DocumentMetadata.ofFormat("txt"));
  }
}
