/**
 * Figures: the Vietnamese number parser, scale words, the unit lexicon, the recognisers for running
 * text and tables, and the pipeline stage that adds the FIGURES layer.
 */
package io.github.vanban.core.recognize.figure;
