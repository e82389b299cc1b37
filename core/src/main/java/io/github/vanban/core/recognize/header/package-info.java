/**
 * Recognition of an official document's header (EXTRACTION.md section 5): its own number, type,
 * issuer, place and date of issue, subject and signer. {@link
 * io.github.vanban.core.recognize.header.HeaderRecognizer} holds the steps and {@link
 * io.github.vanban.core.recognize.header.HeaderStage} adds the {@code HEADER} layer and the {@code
 * OWN_NUMBER} layer the reference stage reads.
 */
package io.github.vanban.core.recognize.header;
