/**
 * The document generator: realistic Vietnamese government documents at scale (resolutions,
 * decisions, reports, plans...) with headers, references to each other, figures, metrics and dates,
 * built from templates and lexicons and written as text, Markdown, HTML, DOCX and PDF, the same
 * folder for the same seed.
 */
package io.github.vanban.bench.generate;
