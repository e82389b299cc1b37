package io.github.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link DocumentNumberFilter}s; SPI name {@code vietnameseDocumentNumber}. Use it after
 * {@code keyword} tokenizer for a field of document numbers.
 *
 * <p>Takes no options and rejects any it is given. Immutable and thread-safe.
 */
public final class DocumentNumberFilterFactory extends TokenFilterFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseDocumentNumber";

  /**
   * Creates the factory.
   *
   * @param args the filter's options from the schema or index settings; must be empty
   * @throws IllegalArgumentException when {@code args} holds an option
   */
  public DocumentNumberFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("vietnameseDocumentNumber takes no options, got " + args);
    }
  }

  /** Required by the SPI loader; not for use. */
  public DocumentNumberFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DocumentNumberFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
