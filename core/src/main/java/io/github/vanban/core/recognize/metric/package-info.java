/**
 * Metrics: the extensible indicator lexicon, the binder that attaches figures to indicators with
 * status, period and comparison, and the pipeline stage that adds the METRICS layer.
 */
package io.github.vanban.core.recognize.metric;
