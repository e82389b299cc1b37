package io.github.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link VietnameseNormalizationFilter}s; SPI name {@code vietnameseNormalization}. Place
 * it right after the tokenizer.
 *
 * <p>Takes no options and rejects any it is given. Immutable and thread-safe.
 */
public final class VietnameseNormalizationFilterFactory extends TokenFilterFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseNormalization";

  /**
   * Creates the factory.
   *
   * @param args the filter's options from the schema or index settings; must be empty
   * @throws IllegalArgumentException when {@code args} holds an option
   */
  public VietnameseNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("vietnameseNormalization takes no options, got " + args);
    }
  }

  /** Required by the SPI loader; not for use. */
  public VietnameseNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
