/**
 * Recognition of dates, months, quarters, half years, years and periods (EXTRACTION.md section 2):
 * {@link io.github.vanban.core.recognize.date.DateRecognizer} holds the rules, {@link
 * io.github.vanban.core.recognize.date.IssueDateLocator} finds a document's place-and-date line,
 * and {@link io.github.vanban.core.recognize.date.DateStage} adds the {@code DATES} layer and the
 * {@link io.github.vanban.core.recognize.date.IssueLineLayer#ISSUE_LINE} layer other stages read.
 */
package io.github.vanban.core.recognize.date;
