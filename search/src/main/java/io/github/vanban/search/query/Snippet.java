package io.github.vanban.search.query;

import io.github.vanban.core.model.TextSpan;
import java.util.Objects;

/**
 * The snippet of a hit and where its matches stand in the document's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param html the excerpt, HTML-escaped, with the matches in {@code <b>...</b>}
 * @param marked from the first to the last match the excerpt marks, in the document's text; {@code
 *     null} when nothing matched and the excerpt is the text's start
 */
public record Snippet(String html, TextSpan marked) {

  /**
   * Checks the excerpt is present.
   *
   * @param html the excerpt, HTML-escaped, with the matches in {@code <b>...</b>}
   * @param marked from the first to the last marked match, or {@code null}
   */
  public Snippet {
    Objects.requireNonNull(html, "html");
  }
}
