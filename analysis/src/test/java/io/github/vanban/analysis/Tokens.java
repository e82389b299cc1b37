package io.github.vanban.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs analysis in tests and describes each token as {@code term[start,end)}. */
final class Tokens {

  private Tokens() {}

  /** Returns the tokens {@code analyzer} makes of {@code text}. */
  static List<String> of(Analyzer analyzer, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      return drain(ts);
    }
  }

  /** Returns the tokens of {@code text} through {@code tokenizer} and {@code filters}. */
  static List<String> of(Tokenizer tokenizer, UnaryOperator<TokenStream> filters, String text)
      throws IOException {
    tokenizer.setReader(new StringReader(text));
    try (TokenStream ts = filters.apply(tokenizer)) {
      return drain(ts);
    }
  }

  /**
   * Returns an analyzer of a new {@code tokenizer} followed by {@code filters}, to check one filter
   * with Lucene's {@code BaseTokenStreamTestCase}.
   */
  static Analyzer analyzer(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  private static List<String> drain(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
    }
    ts.end();
    return out;
  }
}
