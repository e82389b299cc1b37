/**
 * Document numbers and the references that cite them (EXTRACTION.md section 1): {@link
 * io.github.vanban.core.recognize.number.DocumentNumberParser} finds and parses numbers in every
 * shape, {@link io.github.vanban.core.recognize.number.DocumentNumbers#key(String)} gives the
 * matching key that search and scoring share, and {@link
 * io.github.vanban.core.recognize.number.ReferenceRecognizer} (run by {@link
 * io.github.vanban.core.recognize.number.ReferenceStage}) adds type name, date and relation. The
 * lexicons of type codes, issuer spellings, type nouns and relation cues are resources beside the
 * classes.
 */
package io.github.vanban.core.recognize.number;
