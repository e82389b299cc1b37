package io.github.vanban.extract;

import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.extract.html.HtmlExtractor;
import io.github.vanban.extract.office.DocExtractor;
import io.github.vanban.extract.office.DocxExtractor;
import io.github.vanban.extract.office.RtfExtractor;
import io.github.vanban.extract.pdf.PdfExtractor;
import io.github.vanban.extract.text.TextExtractor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Detects a file's format from its bytes and hands it to the extractor registered for it.
 *
 * <p>Every failure, whether the library below throws a checked or an unchecked exception or an
 * {@link Error} (an {@link OutOfMemoryError} becomes {@code TOO_LARGE}), comes out as an {@link
 * ExtractionException} with a reason code, so one bad file never stops a batch. Immutable and
 * thread-safe.
 */
public final class Extractors {

  private final FormatDetector detector = new FormatDetector();
  private final Map<Format, Extractor> byFormat;

  private Extractors(Map<Format, Extractor> byFormat) {
    this.byFormat = Map.copyOf(byFormat);
  }

  /**
   * Returns the registry of every extractor vanban ships.
   *
   * @return a registry with the text, PDF, DOCX, DOC, RTF and HTML extractors
   */
  public static Extractors standard() {
    Map<Format, Extractor> m = new EnumMap<>(Format.class);
    m.put(Format.TEXT, new TextExtractor());
    m.put(Format.PDF, new PdfExtractor());
    m.put(Format.DOCX, new DocxExtractor());
    m.put(Format.DOC, new DocExtractor());
    m.put(Format.RTF, new RtfExtractor());
    m.put(Format.HTML, new HtmlExtractor());
    return new Extractors(m);
  }

  /**
   * Returns a copy of this registry with {@code extractor} serving {@code format}.
   *
   * @param format the format to serve
   * @param extractor the extractor for it, replacing any previous one
   * @return a new registry; this one is unchanged
   */
  public Extractors with(Format format, Extractor extractor) {
    Map<Format, Extractor> m = new EnumMap<>(Format.class);
    m.putAll(byFormat);
    m.put(Objects.requireNonNull(format, "format"), Objects.requireNonNull(extractor, "extractor"));
    return new Extractors(m);
  }

  /**
   * Extracts a file.
   *
   * @param file the file to read
   * @param context limits, OCR mode and source name; an empty source name becomes the file name
   * @return the document's text, blocks, metadata and warnings
   * @throws ExtractionException with {@code UNREADABLE} when the file cannot be read, {@code
   *     TOO_LARGE} over the byte limit, {@code UNSUPPORTED} for an unknown format, or the
   *     extractor's own reason
   */
  public ExtractedDocument extract(Path file, ExtractContext context) throws ExtractionException {
    Path absolute = file.toAbsolutePath().normalize();
    return extract(absolute.getParent(), absolute, context);
  }

  /**
   * Extracts a file found under {@code root}, following no symbolic link between the root and the
   * file ({@link NoFollowFiles}): a link swapped in after the folder was listed is refused.
   *
   * @param root the folder the file was found under; links above it are followed
   * @param file the file to read, under {@code root}
   * @param context limits, OCR mode and source name; an empty source name becomes the file name
   * @return the document's text, blocks, metadata and warnings
   * @throws ExtractionException as {@link #extract(Path, ExtractContext)}; {@code UNREADABLE} for a
   *     symbolic link
   */
  public ExtractedDocument extract(Path root, Path file, ExtractContext context)
      throws ExtractionException {
    ExtractContext ctx =
        context.sourceName().isEmpty()
            ? context.withSourceName(String.valueOf(file.getFileName()))
            : context;
    String name = ctx.sourceName();
    try (InputStream raw = NoFollowFiles.open(root, file)) {
      long size = Files.size(file);
      if (size > ctx.limits().maxBytes()) {
        throw new ExtractionException(
            ExtractionException.Reason.TOO_LARGE,
            "file has " + size + " bytes, over the limit of " + ctx.limits().maxBytes());
      }
      return extract(new BufferedInputStream(raw), ctx);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** Translates a failure to read a file, naming it by its source name, never its full path. */
  private static ExtractionException unreadable(String name, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof FileSystemException f) {
      why = f.getReason() == null ? "I/O error" : f.getReason();
    } else {
      why = describe(e);
    }
    return new ExtractionException(
        ExtractionException.Reason.UNREADABLE, "cannot read " + name + ": " + why, e);
  }

  /**
   * Extracts a document from a stream, detecting its format from the first bytes. The stream must
   * support mark/reset (wrap it in a {@link BufferedInputStream}); it is not closed.
   *
   * @param in the document's bytes, supporting mark/reset; not closed
   * @param context limits, OCR mode and source name
   * @return the document's text, blocks, metadata and warnings
   * @throws ExtractionException {@code NO_TEXT} for an empty stream, {@code UNSUPPORTED} for an
   *     unknown format, {@code TOO_LARGE} when the heap runs out, {@code CORRUPT} when the parser
   *     fails, or the extractor's own reason
   * @throws IOException when reading the stream fails
   */
  public ExtractedDocument extract(InputStream in, ExtractContext context)
      throws ExtractionException, IOException {
    if (!in.markSupported()) {
      throw new IllegalArgumentException("stream must support mark/reset: " + in.getClass());
    }
    in.mark(FormatDetector.HEAD_BYTES);
    byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
    in.reset();
    if (head.length == 0) {
      throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "the file is empty");
    }
    Format format =
        detector
            .detect(head)
            .orElseThrow(
                () ->
                    new ExtractionException(
                        ExtractionException.Reason.UNSUPPORTED,
                        detector
                            .unsupportedKind(head)
                            .orElse(
                                "not a format vanban reads (PDF, DOCX, DOC, RTF, HTML or text)")));
    Extractor extractor = byFormat.get(format);
    if (extractor == null) {
      throw new ExtractionException(
          ExtractionException.Reason.UNSUPPORTED,
          format.shortName() + " files are not supported by this registry");
    }
    try {
      return extractor.extract(in, context);
    } catch (OutOfMemoryError e) {
      // Thrown by this file's own allocation: its memory is garbage now, the batch goes on.
      throw new ExtractionException(
          ExtractionException.Reason.TOO_LARGE,
          "the " + format.shortName() + " file needs more memory than the heap has",
          e);
    } catch (RuntimeException | Error e) {
      // Any Error too (a stack overflow, a class missing for one kind of content): it concerns
      // this file only, and one bad file must never stop a batch.
      throw new ExtractionException(
          ExtractionException.Reason.CORRUPT,
          "damaged " + format.shortName() + " file: " + describe(e),
          e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
