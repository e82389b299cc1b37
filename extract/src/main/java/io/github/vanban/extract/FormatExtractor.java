package io.github.vanban.extract;

import java.util.Objects;

/**
 * An {@link Extractor} of one format fixed when it is made: the base of the built-in extractors,
 * which name their format once, in their constructor, and implement {@link #extract} alone.
 *
 * <p>Immutable and thread-safe when the subclass is.
 */
public abstract class FormatExtractor implements Extractor {

  private final FileFormat format;

  /**
   * Creates the extractor of {@code format}.
   *
   * @param format the format the subclass reads; not null
   */
  protected FormatExtractor(FileFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  @Override
  public final FileFormat format() {
    return format;
  }
}
