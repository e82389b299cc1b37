package io.github.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link VietnameseFoldingFilter}s; SPI name {@code vietnameseFolding}. Place it after
 * normalisation and lower-casing.
 *
 * <p>Takes no options and rejects any it is given. Immutable and thread-safe.
 */
public final class VietnameseFoldingFilterFactory extends TokenFilterFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseFolding";

  /**
   * Creates the factory.
   *
   * @param args the filter's options from the schema or index settings; must be empty
   * @throws IllegalArgumentException when {@code args} holds an option
   */
  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("vietnameseFolding takes no options, got " + args);
    }
  }

  /** Required by the SPI loader; not for use. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
