/**
 * Vietnamese text analysis for Lucene: syllable tokens, the pipeline's normalisation, lower case,
 * accent folding, syllable bigrams and document-number keys, with SPI factories so Solr and
 * OpenSearch can load each piece by name.
 */
package io.github.vanban.analysis;
