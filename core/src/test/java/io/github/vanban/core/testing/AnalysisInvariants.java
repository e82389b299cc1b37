package io.github.vanban.core.testing;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.Mention;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.util.List;

/**
 * The invariants every analysis keeps whatever its input, asserted by the fuzz tests: every span
 * (block, table cell, sentence, token, mention) lies within the text with {@code start <= end}, and
 * a mention's text is exactly the text its span covers.
 */
public final class AnalysisInvariants {

  private AnalysisInvariants() {}

  /**
   * Checks {@code doc}.
   *
   * @throws AssertionError naming the first span that breaks an invariant
   */
  public static void check(AnalyzedDocument doc) {
    String text = doc.text();
    for (Block b : doc.blocks()) {
      within(text, b.span(), "block");
      b.rows().forEach(row -> row.forEach(cell -> within(text, cell, "table cell")));
    }
    doc.sentences().forEach(s -> within(text, s, "sentence"));
    doc.tokens().forEach(t -> within(text, t, "token"));
    mentions(text, doc.references());
    mentions(text, doc.dates());
    mentions(text, doc.figures());
    mentions(text, doc.metrics());
  }

  /**
   * Checks each mention lies within {@code text} and its text equals the text its span covers.
   *
   * @throws AssertionError naming the first mention that breaks an invariant
   */
  public static void mentions(String text, List<? extends Mention> mentions) {
    for (Mention m : mentions) {
      within(text, m.span(), m.getClass().getSimpleName());
      String covered = m.span().of(text);
      if (!covered.equals(m.text())) {
        throw new AssertionError(
            m.getClass().getSimpleName()
                + " text \""
                + m.text()
                + "\" differs from its span "
                + m.span()
                + ": \""
                + covered
                + "\"");
      }
    }
  }

  /**
   * Checks {@code span} lies within {@code text}.
   *
   * @throws AssertionError when it ends past the text
   */
  public static void within(String text, TextSpan span, String what) {
    if (span.start() > span.end() || span.end() > text.length()) {
      throw new AssertionError(what + " " + span + " outside the text of " + text.length());
    }
  }
}
