/**
 * Evaluation against hand-annotated gold files: runs the pipeline over the documents the gold
 * names, matches findings by the rules of docs/EVALUATION.md and reports precision, recall and F1
 * per category and per document, attribute accuracy and header field accuracy.
 */
package io.github.vanban.evaluation;
