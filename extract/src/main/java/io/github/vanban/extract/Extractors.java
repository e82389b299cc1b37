package io.github.vanban.extract;

import io.github.vanban.core.model.ExtractedDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Detects a file's format from its bytes and hands it to the extractor registered for it.
 *
 * <p>The registry is open: {@link #standard()} holds every {@link Extractor} that {@link
 * ServiceLoader} finds on the class path, vanban's own (text, PDF, DOCX, DOC, RTF, HTML) and any a
 * jar adds; {@link #with(Extractor)} replaces or adds one in code. Each extractor's {@link
 * FileFormat} tells the {@link FormatDetector} how to recognise its files.
 *
 * <p>Every failure, whether the library below throws a checked or an unchecked exception or an
 * {@link Error} (an {@link OutOfMemoryError} becomes {@code TOO_LARGE}), comes out as an {@link
 * ExtractionException} with a reason code, so one bad file never stops a batch. Immutable and
 * thread-safe.
 */
public final class Extractors {

  private final Map<String, Extractor> byFormat;
  private final FormatDetector detector;

  private Extractors(Map<String, Extractor> byFormat) {
    this.byFormat = Map.copyOf(byFormat);
    this.detector = new FormatDetector(byFormat.values().stream().map(Extractor::format).toList());
  }

  /**
   * Returns the registry of the extractors found by {@link ServiceLoader} through the class loader
   * that loaded vanban: those vanban ships and those of any jar beside it on the class path.
   *
   * @return a registry with the text, PDF, DOCX, DOC, RTF and HTML extractors and any added ones
   * @throws IllegalStateException when two extractors declare the same format name
   */
  public static Extractors standard() {
    return load(Extractors.class.getClassLoader());
  }

  /**
   * Returns the registry of the extractors {@link ServiceLoader} finds through a class loader (an
   * application server's or a plugin's), in the files {@code
   * META-INF/services/io.github.vanban.extract.Extractor}.
   *
   * @param loader the class loader to search
   * @return a registry with the extractors found
   * @throws IllegalStateException when two extractors declare the same format name
   */
  public static Extractors load(ClassLoader loader) {
    List<Extractor> found = new ArrayList<>();
    ServiceLoader.load(Extractor.class, loader).forEach(found::add);
    return of(found);
  }

  /**
   * Returns a registry of the given extractors only.
   *
   * @param extractors the extractors, each declaring a different format name
   * @return a registry of them
   * @throws IllegalStateException when two extractors declare the same format name
   */
  public static Extractors of(Collection<? extends Extractor> extractors) {
    Map<String, Extractor> m = new LinkedHashMap<>();
    for (Extractor e : extractors) {
      Extractor before = m.putIfAbsent(e.format().name(), e);
      if (before != null) {
        throw new IllegalStateException(
            "two extractors read the format '"
                + e.format().name()
                + "': "
                + before.getClass().getName()
                + " and "
                + e.getClass().getName()
                + "; replace one with Extractors.with");
      }
    }
    return new Extractors(m);
  }

  /**
   * Returns a copy of this registry with {@code extractor} serving its format.
   *
   * @param extractor the extractor, replacing any previous one of the same format name
   * @return a new registry; this one is unchanged
   */
  public Extractors with(Extractor extractor) {
    Objects.requireNonNull(extractor, "extractor");
    Map<String, Extractor> m = new LinkedHashMap<>(byFormat);
    m.put(extractor.format().name(), extractor);
    return new Extractors(m);
  }

  /**
   * Returns the formats of this registry in the order detection tries them.
   *
   * @return the formats, highest priority first; unmodifiable
   */
  public List<FileFormat> formats() {
    return detector.formats();
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

  /** Why a file could not be read, in the words of {@link ExtractionException}'s messages. */
  private static final ReadFailureReason READ_FAILURE =
      new ReadFailureReason("no such file", e -> "I/O error", Extractors::describe);

  /** Translates a failure to read a file, naming it by its source name, never its full path. */
  private static ExtractionException unreadable(String name, IOException e) {
    return new ExtractionException(
        ExtractionException.Reason.UNREADABLE,
        "cannot read " + name + ": " + READ_FAILURE.describe(e),
        e);
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
    FileFormat format =
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
    Extractor extractor = byFormat.get(format.name());
    try {
      return extractor.extract(in, context);
    } catch (OutOfMemoryError e) {
      // Thrown by this file's own allocation: its memory is garbage now, the batch goes on.
      throw new ExtractionException(
          ExtractionException.Reason.TOO_LARGE,
          "the " + format.name() + " file needs more memory than the heap has",
          e);
    } catch (RuntimeException | Error e) {
      // Any Error too (a stack overflow, a class missing for one kind of content): it concerns
      // this file only, and one bad file must never stop a batch.
      throw new ExtractionException(
          ExtractionException.Reason.CORRUPT,
          "damaged " + format.name() + " file: " + describe(e),
          e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
