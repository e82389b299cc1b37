package io.github.vanban.core.model;

/**
 * Something the pipeline found in a document's text: its surface text, where it stands, and a
 * normalised value carried by each implementation.
 */
public sealed interface Mention permits DocumentNumber, DateMention, Figure, Metric {

  /**
   * Returns the text as written in the document.
   *
   * @return the mention as written in the document, never null
   */
  String text();

  /**
   * Returns where the text stands in the document.
   *
   * @return the half-open range of UTF-16 offsets into the document's text, never null
   */
  TextSpan span();
}
