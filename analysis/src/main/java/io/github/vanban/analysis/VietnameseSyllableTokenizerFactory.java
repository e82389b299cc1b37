package io.github.vanban.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Creates {@link VietnameseSyllableTokenizer}s; SPI name {@code vietnameseSyllable}.
 *
 * <p>Takes no options and rejects any it is given. Immutable and thread-safe.
 */
public final class VietnameseSyllableTokenizerFactory extends TokenizerFactory {

  /** The SPI name. */
  public static final String NAME = "vietnameseSyllable";

  /**
   * Creates the factory.
   *
   * @param args the tokenizer's options from the schema or index settings; must be empty
   * @throws IllegalArgumentException when {@code args} holds an option
   */
  public VietnameseSyllableTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("vietnameseSyllable takes no options, got " + args);
    }
  }

  /** Required by the SPI loader; not for use. */
  public VietnameseSyllableTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new VietnameseSyllableTokenizer(factory);
  }
}
