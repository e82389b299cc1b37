package io.github.vanban.extract.testing;

import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.DocumentBuilder;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractor;
import io.github.vanban.extract.FileFormat;
import io.github.vanban.extract.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format vanban does not ship, registered only in the test class path's {@code
 * META-INF/services}: a UTF-8 file whose first line is {@code #vanban-lines}, each further line a
 * paragraph. It stands for a user's jar that adds a format.
 */
public final class LineListExtractor implements Extractor {

  /** The first line of every file of the format. */
  public static final String MAGIC = "#vanban-lines\n";

  private static final FileFormat FORMAT =
      new FileFormat(
          "vanban-lines",
          "text/x-vanban-lines",
          List.of("lines"),
          FileFormat.MAGIC,
          Signature.startsWith(MAGIC.getBytes(StandardCharsets.US_ASCII)));

  @Override
  public FileFormat format() {
    return FORMAT;
  }

  @Override
  public ExtractedDocument extract(InputStream in, ExtractContext context) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).substring(MAGIC.length());
    DocumentBuilder builder = new DocumentBuilder(context.limits().maxChars());
    text.lines().forEach(line -> builder.paragraph(line, 0));
    return builder.build(DocumentMetadata.ofFormat(FORMAT.name()));
  }
}
